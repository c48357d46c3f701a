/**
 * What holds data and must outlive every other stack: the Werkpad table, built from the same design
 * as the local one (`functions/adapters/dynamodb/table.ts`), and the secrets. Everything here is
 * retained when the stack is deleted.
 */
import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { tableDesign } from '../../functions/adapters/dynamodb/table.ts';
import type { InfraConfig } from './config.ts';
import { acknowledge } from './nag.ts';

/** Props of the stateful stack. */
export type StatefulStackProps = StackProps & { config: InfraConfig };

/** The table and the secrets. */
export class StatefulStack extends Stack {
  readonly table: dynamodb.TableV2;
  /** Signs the forms' fill-time tokens and keys the hash of client addresses. */
  readonly signingKey: secretsmanager.Secret;
  /** What CloudFront sends in `x-origin-verify`, so the API can trust `CloudFront-Viewer-Address`. */
  readonly originVerify: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const key = (name: string) => ({ name, type: dynamodb.AttributeType.STRING });

    this.table = new dynamodb.TableV2(this, 'Table', {
      tableName: props.config.tableName,
      partitionKey: key(tableDesign.partitionKey),
      sortKey: key(tableDesign.sortKey),
      billing: dynamodb.Billing.onDemand(),
      globalSecondaryIndexes: tableDesign.globalSecondaryIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      })),
      timeToLiveAttribute: tableDesign.timeToLiveAttribute,
      // Restores to any second of the last 35 days (README, "Deploy to AWS").
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 35 },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      encryption: dynamodb.TableEncryptionV2.awsManagedKey(),
    });

    const secret = (id: string, description: string) =>
      new secretsmanager.Secret(this, id, {
        description,
        generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
        removalPolicy: RemovalPolicy.RETAIN,
      });
    this.signingKey = secret('SigningKey', 'Werkpad: signs form-time tokens and keys client-address hashes');
    this.originVerify = secret('OriginVerify', 'Werkpad: value CloudFront sends to the API in x-origin-verify');
    for (const s of [this.signingKey, this.originVerify]) {
      acknowledge(
        s,
        'AwsSolutions-SMG4',
        'No automatic rotation: a new signing key invalidates every open form and splits rate counters, and a new origin value must reach CloudFront in the same deploy. Rotate by hand with a deploy (README, "Deploy to AWS").',
      );
    }

    new CfnOutput(this, 'TableName', { value: this.table.tableName });
  }
}
