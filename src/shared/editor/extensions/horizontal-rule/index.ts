export { HorizontalRule, type HorizontalRuleOptions } from './horizontal-rule';
