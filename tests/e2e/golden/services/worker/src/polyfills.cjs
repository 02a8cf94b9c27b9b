'use strict';

// The worker's old Node images had no global fetch. A polyfill binds nothing, so no mapping can replace it:
// it stays for a human to delete.
require('isomorphic-fetch');
