export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  column: number;
  sample: string;
}
export interface Accepted {
  check: string;
  file: string;
  sample: string;
  reason: string;
}
export interface Review {
  blocking: Finding[];
  accepted: { finding: Finding; reason: string }[];
  other: Finding[];
  unused: Accepted[];
  invalid: string[];
}
export declare const blockingSeverities: string[];
export declare const minReasonLength: number;
export declare function reviewFindings(findings: Finding[], acceptedList: unknown): Review;
export declare function reviewPasses(review: Review): boolean;
