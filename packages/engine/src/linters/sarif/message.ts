import type { SarifComponent, SarifMessage, SarifRule } from './model.js';

/** `{0}`, `{1}` … replaced by the message's arguments, as SARIF §3.11.5 describes; `{{` and `}}` are literal braces. */
function format(template: string, args: readonly string[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (token, index: string | undefined) =>
    index === undefined ? token[0]! : (args[Number(index)] ?? token),
  );
}

/** Embedded links `[text](target)` keep their text; `\[` and `\]` are literal brackets. */
function stripLinks(text: string): string {
  return text.replace(/(?<!\\)\[((?:[^\]\\]|\\.)*)\]\([^)]*\)/g, '$1').replace(/\\([[\]])/g, '$1');
}

/**
 * The plain text of a result's message: its own text, or its id looked up in the rule's or the tool's message strings.
 */
export function messageText(message: SarifMessage, rule: SarifRule | undefined, component: SarifComponent): string {
  const template =
    message.text ??
    (message.id === undefined
      ? undefined
      : (rule?.messageStrings[message.id] ?? component.globalMessageStrings[message.id]));
  return stripLinks(
    format(template ?? rule?.shortDescription ?? rule?.id ?? message.id ?? '', message.arguments),
  ).trim();
}
