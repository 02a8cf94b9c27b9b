import { parse, compileScript } from '@vue/compiler-sfc';
const { descriptor } = parse(process.argv[2]);
console.log(compileScript(descriptor, { id: 'x', inlineTemplate: true }).content.match(/_ctx\.\w+|_unref\(\w+\)|axios/g));
