import { launchWebKit } from '../driver/webkit';
import { describeJourneys } from './journeys';

describeJourneys(launchWebKit);
