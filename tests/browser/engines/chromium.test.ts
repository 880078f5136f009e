import { launchChromium } from '../driver/chromium';
import { describeJourneys } from './journeys';

describeJourneys(launchChromium);
