// Type tests (checked by `tsc -p tsconfig.json`): a reason's data is exactly what its template names.
import { reason } from '../../src/fixes/reasons.js';

reason('nameCaptured', { name: 'httpClient' });
reason('redeclared');
// @ts-expect-error -- a placeholder of the template is missing
reason('nameCaptured', {});
// @ts-expect-error -- a name the template does not use
reason('nameCaptured', { name: 'httpClient', target: 'x' });
// @ts-expect-error -- a template without placeholders takes no data
reason('redeclared', { name: 'x' });
// @ts-expect-error -- not a key of the table
reason('noSuchReason');
