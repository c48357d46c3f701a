/**
 * Acknowledging cdk-nag findings (cdk-nag 3 uses CDK's own `Validations.of().acknowledge()`): each
 * with a written reason, on the construct it concerns (it covers that construct's children too).
 */
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges `rule` on `scope` because of `reason`. Rules with several findings per resource
 * (IAM4, IAM5) are acknowledged finding by finding (`AwsSolutions-IAM5[Resource::*]`), so a new
 * wildcard elsewhere still fails.
 */
export function acknowledge(scope: IConstruct, rule: string, reason: string, findings: readonly string[] = []): void {
  const validations = Validations.of(scope);
  if (findings.length === 0) validations.acknowledge({ id: rule, reason });
  for (const finding of findings) validations.acknowledge({ id: `${rule}[${finding}]`, reason });
}
