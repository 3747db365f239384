import { concat } from './concat.js';
import { count, noun } from './count.js';
import { dateParts } from './date-parts.js';
import { dateTime } from './date-time.js';
import { eq } from './eq.js';
import { or } from './or.js';

export const helpers = { eq, or, dateTime, dateParts, concat, count, noun };
