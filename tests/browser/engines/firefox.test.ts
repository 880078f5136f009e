import { launchFirefox } from '../driver/firefox';
import { describeJourneys } from './journeys';

describeJourneys(launchFirefox);
