import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { FunctionName } from '../access';
import type { InfraConfig } from '../config';

export interface MonitoringProps {
  config: InfraConfig;
  functions: Record<FunctionName, lambda.IFunction>;
  httpApi: apigw.IHttpApi;
}

/**
 * Alarms that page ops (function errors and throttles, API 5xx) through one encrypted SNS topic,
 * and a dashboard with the same signals side by side.
 */
export class Monitoring extends Construct {
  public readonly topic: sns.Topic;
  public readonly alarms: cloudwatch.Alarm[] = [];
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { config } = props;

    // CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key: a key of our own.
    const key = new kms.Key(this, 'AlarmKey', { enableKeyRotation: true, description: 'tthc alarm topic' });
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new sns.Topic(this, 'Alarms', { masterKey: key, enforceSSL: true });
    if (config.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(config.alarmEmail));
    const notify = new actions.SnsAction(this.topic);

    const period = Duration.minutes(5);
    const fnWidgets: cloudwatch.IWidget[] = [];
    for (const [name, fn] of Object.entries(props.functions)) {
      const errors = fn.metricErrors({ period, statistic: 'Sum' });
      const throttles = fn.metricThrottles({ period, statistic: 'Sum' });
      this.alarm(`${name}-errors`, errors, 1, `Lambda ${name}: lỗi / errors`, notify);
      this.alarm(`${name}-throttles`, throttles, 1, `Lambda ${name}: bị giới hạn / throttled`, notify);
      fnWidgets.push(
        new cloudwatch.GraphWidget({
          title: `${name}`,
          left: [fn.metricInvocations({ period }), errors, throttles],
          right: [fn.metricDuration({ period, statistic: 'p95' })],
          width: 6,
        }),
      );
    }

    const api5xx = props.httpApi.metricServerError({ period, statistic: 'Sum' });
    this.alarm('api-5xx', api5xx, 5, 'API: lỗi máy chủ 5xx / server errors', notify);

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `tthc-${config.envName}`,
      widgets: [
        [
          new cloudwatch.GraphWidget({
            title: 'API',
            left: [
              props.httpApi.metricCount({ period }),
              props.httpApi.metricClientError({ period }),
              api5xx,
            ],
            right: [props.httpApi.metricLatency({ period, statistic: 'p95' })],
            width: 12,
          }),
          new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 12 }),
        ],
        fnWidgets,
      ],
    });
  }

  private alarm(
    id: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    description: string,
    notify: actions.SnsAction,
  ) {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No traffic is not an outage.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(notify);
    this.alarms.push(alarm);
  }
}
