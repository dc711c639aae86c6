// Owns how formula syntax is highlighted: the @lezer/highlight tag of each node of formula.grammar.
import { styleTags, tags as t } from '@lezer/highlight';

/** Attached to the parser by formula.grammar, so every user of the parser highlights alike. */
export const formulaHighlighting = styleTags({
  Number: t.number,
  String: t.string,
  Boolean: t.bool,
  'CellRef RangeRef': t.special(t.variableName),
  ErrorLiteral: t.invalid,
  Name: t.variableName,
  'CallExpression/Name': t.function(t.variableName),
  Param: t.definition(t.variableName),
  PropertyName: t.propertyName,
  'CallExpression/MemberExpression/PropertyName': t.function(t.propertyName),
  ArgName: t.attributeName,
  ArithOp: t.arithmeticOperator,
  CompareOp: t.compareOperator,
  '=': t.definitionOperator,
  '=>': t.function(t.punctuation),
  '( )': t.paren,
  '[ ]': t.squareBracket,
  ',': t.separator,
  '.': t.derefOperator,
  ':': t.punctuation,
});
