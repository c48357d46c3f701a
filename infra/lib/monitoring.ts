/**
 * Alarms and a dashboard: the API's 5xx rate, throttling (API Gateway and Lambda), Lambda errors,
 * DynamoDB throttling and failed upkeep runs, each to one SNS topic that mails the alarm address.
 */
import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { InfraConfig } from './config.ts';
import { acknowledge } from './nag.ts';

/** Props of the monitoring. */
export type MonitoringProps = {
  config: InfraConfig;
  api: apigw.HttpApi;
  functions: ReadonlyMap<string, lambda.Function>;
  table: dynamodb.ITableV2;
  deadLetters: sqs.IQueue;
};

/** The alarm topic, the alarms and the dashboard. */
export class Monitoring extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { config, api, functions, table } = props;
    this.topic = new sns.Topic(this, 'Alarms', { displayName: `Werkpad ${config.stage} alarms`, enforceSSL: true });
    const mail = new subscriptions.EmailSubscription(config.alarmEmail);
    this.topic.addSubscription(mail);
    for (const subscription of this.topic.node.findAll().filter((c) => c instanceof sns.Subscription)) {
      acknowledge(
        subscription,
        'Serverless-SNSRedrivePolicy',
        'An e-mail subscription: SNS retries delivery by its own policy, and every alarm stays visible on the dashboard and in the console.',
      );
    }
    acknowledge(
      this.topic,
      'AwsSolutions-SNS2',
      'Alarm notifications carry no personal data; CloudWatch cannot publish to a topic encrypted with the AWS managed SNS key, and a customer key costs per month.',
    );
    const action = new actions.SnsAction(this.topic);
    const alarm = (name: string, metric: cloudwatch.IMetric, threshold: number, description: string, periods = 1) => {
      const created = new cloudwatch.Alarm(this, name, {
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: periods,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
      return created;
    };

    const period = Duration.minutes(5);
    const apiDim = { ApiId: api.apiId };
    const apiMetric = (metricName: string, statistic = 'Sum') =>
      new cloudwatch.Metric({ namespace: 'AWS/ApiGateway', metricName, dimensionsMap: apiDim, statistic, period });
    const serverErrorRate = new cloudwatch.MathExpression({
      expression: 'IF(requests >= 20, 100 * errors / requests, 0)',
      usingMetrics: { errors: apiMetric('5xx'), requests: apiMetric('Count') },
      period,
      label: 'API 5xx (%)',
    });
    alarm('Api5xxRate', serverErrorRate, 1, 'More than 1 % of API requests answered 5xx in 5 minutes (at least 20 requests).');
    // HTTP APIs report throttled requests as 4xx; the 429s of our own rate limit count here too.
    alarm('ApiThrottling', apiMetric('4xx'), 500, 'Many 4xx answers (throttling at the stage or the per-address rate limit) in 5 minutes.', 2);

    const sum = (metrics: cloudwatch.IMetric[], label: string) =>
      new cloudwatch.MathExpression({
        expression: metrics.map((_, i) => `m${i}`).join(' + ') || '0',
        usingMetrics: Object.fromEntries(metrics.map((m, i) => [`m${i}`, m])),
        period,
        label,
      });
    const all = [...functions.values()];
    // Math expressions take at most 10 metrics: one alarm per function keeps each alarm plain.
    for (const [module, fn] of functions) {
      const name = module.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
      alarm(`${name}Errors`, fn.metricErrors({ period }), 1, `Werkpad ${module}: the function failed (an unhandled error or a timeout).`);
      alarm(`${name}Throttles`, fn.metricThrottles({ period }), 1, `Werkpad ${module}: Lambda throttled invocations.`);
    }
    const dynamoThrottles = sum(
      [
        table.metric('ReadThrottleEvents', { period, statistic: 'Sum' }),
        table.metric('WriteThrottleEvents', { period, statistic: 'Sum' }),
      ],
      'DynamoDB throttle events',
    );
    alarm('DynamoDbThrottling', dynamoThrottles, 1, 'DynamoDB throttled reads or writes of the Werkpad table (a hot key?).');
    alarm(
      'UpkeepDeadLetters',
      props.deadLetters.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
      1,
      'An upkeep run failed after its retries (see the dead-letter queue).',
    );

    const dashboard = new cloudwatch.Dashboard(this, 'Dashboard', { dashboardName: `werkpad-${config.stage}` });
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: 'API requests and errors', left: [apiMetric('Count'), apiMetric('4xx'), apiMetric('5xx')], width: 12 }),
      new cloudwatch.GraphWidget({
        title: 'API latency (p50, p99)',
        left: [apiMetric('Latency', 'p50'), apiMetric('Latency', 'p99')],
        width: 12,
      }),
    );
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: 'Lambda errors', left: all.map((fn) => fn.metricErrors({ period })), width: 12, legendPosition: cloudwatch.LegendPosition.RIGHT }),
      new cloudwatch.GraphWidget({ title: 'Lambda duration p99', left: all.map((fn) => fn.metricDuration({ period, statistic: 'p99' })), width: 12, legendPosition: cloudwatch.LegendPosition.RIGHT }),
    );
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'DynamoDB',
        left: [
          table.metricConsumedReadCapacityUnits({ period }),
          table.metricConsumedWriteCapacityUnits({ period }),
        ],
        right: [dynamoThrottles],
        width: 12,
      }),
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 12 }),
    );
  }
}
