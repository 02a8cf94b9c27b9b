import type { JSONRuleVisitor } from '@eslint/json';

// The JSON node types, read off @eslint/json's visitor: the parser package that defines them is not our
// dependency, so naming it would leak an undeclared package into the shipped declarations.
type NodeOf<Key extends keyof JSONRuleVisitor> = Parameters<NonNullable<JSONRuleVisitor[Key]>>[0];

export type DocumentNode = NodeOf<'Document'>;
export type MemberNode = NodeOf<'Member'>;
export type ObjectNode = NodeOf<'Object'>;
export type ValueNode = MemberNode['value'];
