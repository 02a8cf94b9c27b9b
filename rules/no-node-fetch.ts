import { bannedClient } from '../src/ban-data.js';
import { createBannedClientRule } from '../src/engine/banned-client-rule.js';

export default createBannedClientRule(bannedClient('no-node-fetch'));
