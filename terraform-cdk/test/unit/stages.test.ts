import { STAGE_NAMES, allStageSettings, stageSettings } from '../../src/stages';

describe('stage settings', () => {
  it('define dev, staging and prod, each valid as committed', () => {
    expect(allStageSettings({}).map((s) => s.stage)).toEqual(['dev', 'staging', 'prod']);
    expect(STAGE_NAMES).toHaveLength(3);
  });

  it('keep a separate state key per stage', () => {
    const keys = allStageSettings({}).map((s) => s.state.key);
    expect(new Set(keys).size).toBe(3);
  });

  it('take account-specific values from CHECKOUT_<STAGE>_* variables of that stage only', () => {
    const env = {
      CHECKOUT_STAGING_STATE_BUCKET: 'acme-tf-state',
      CHECKOUT_STAGING_VPC_ID: 'vpc-0abc',
      CHECKOUT_STAGING_PRIVATE_SUBNET_IDS: 'subnet-a, subnet-b,',
      CHECKOUT_STAGING_ALARM_EMAIL: 'ops@acme.test',
      CHECKOUT_STAGING_SANDBOX_RECIPIENTS: 'qa@acme.test',
    };
    const staging = stageSettings('staging', env);
    expect(staging.state.bucket).toBe('acme-tf-state');
    expect(staging.network).toEqual({ vpcId: 'vpc-0abc', privateSubnetIds: ['subnet-a', 'subnet-b'] });
    expect(staging.alarms.email).toBe('ops@acme.test');
    expect(staging.email.sandboxRecipients).toEqual(['qa@acme.test']);
    expect(stageSettings('dev', env).state.bucket).not.toBe('acme-tf-state');
  });

  it('refuse an override that leaves the worker without subnets, naming the setting', () => {
    expect(() => stageSettings('dev', { CHECKOUT_DEV_PRIVATE_SUBNET_IDS: ' , ' })).toThrow(
      'Stage dev: network.privateSubnetIds is empty',
    );
  });

  it('let only non-production stages scale the worker to zero', () => {
    const byStage = Object.fromEntries(allStageSettings({}).map((s) => [s.stage, s.worker.minTasks]));
    expect(byStage).toEqual({ dev: 0, staging: 0, prod: 1 });
  });
});
