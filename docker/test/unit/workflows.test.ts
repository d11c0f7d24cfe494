import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { readRepoFile, repoPath } from './support/repo';

/**
 * GitHub Actions workflows only run on GitHub, and no workflow JSON schema is available offline, so
 * these tests parse .github/workflows/*.yml and check the structure the release process relies on.
 */

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  uses?: string;
  with?: Record<string, string>;
  permissions?: Record<string, string>;
  environment?: string;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[]; inputs?: Record<string, unknown> } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflowFiles = readdirSync(repoPath('.github', 'workflows')).filter((file) => /\.ya?ml$/.test(file));
const workflow = (file: string): Workflow => parse(readRepoFile(`.github/workflows/${file}`)) as Workflow;
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((job) => job.steps ?? []);
const needs = (job: Job | undefined): string[] => [job?.needs ?? []].flat();
const step = (w: Workflow, uses: string): Step => {
  const found = steps(w).find((s) => s.uses?.startsWith(`${uses}@`));
  if (!found) throw new Error(`no step uses ${uses}`);
  return found;
};

describe('.github/workflows', () => {
  it('pins every action to a major version and keeps the token read-only by default', () => {
    expect(workflowFiles.sort()).toEqual(['ci.yml', 'deploy-stage.yml', 'deploy.yml']);
    for (const file of workflowFiles) {
      const w = workflow(file);
      expect(`${file}: ${w.permissions?.contents}`).toBe(`${file}: read`);
      for (const s of steps(w)) if (s.uses) expect(`${file}: ${s.uses}`).toMatch(/^\S+: [\w.-]+\/[\w.-]+@v\d+$/);
    }
  });

  describe('ci.yml', () => {
    const ci = workflow('ci.yml');

    it('runs on pull requests and on pushes to main', () => {
      expect(ci.on).toHaveProperty('pull_request');
      expect(ci.on.push?.branches).toEqual(['main']);
    });

    it('installs from the lockfile on Node 24 and runs npm test', () => {
      expect(step(ci, 'actions/setup-node').with?.['node-version']).toBe(24);
      const commands = steps(ci).map((s) => s.run);
      expect(commands).toEqual(expect.arrayContaining(['npm ci', 'npm test']));
      expect(commands.indexOf('npm ci')).toBeLessThan(commands.indexOf('npm test'));
    });
  });

  describe('deploy.yml and deploy-stage.yml', () => {
    const deploy = workflow('deploy.yml');
    const stage = workflow('deploy-stage.yml');
    const stageJob = Object.values(stage.jobs)[0]!;

    it('deploys on pushes to main', () => {
      expect(deploy.on.push?.branches).toEqual(['main']);
    });

    it('promotes one build through dev, then staging, then prod', () => {
      expect(Object.keys(deploy.jobs)).toEqual(['build', 'dev', 'staging', 'prod']);
      expect(needs(deploy.jobs.dev)).toEqual(['build']);
      expect(needs(deploy.jobs.staging)).toContain('dev');
      expect(needs(deploy.jobs.prod)).toContain('staging');
      for (const name of ['dev', 'staging', 'prod']) {
        const job = deploy.jobs[name]!;
        expect(job.uses).toBe('./.github/workflows/deploy-stage.yml');
        expect(job.with).toEqual({ stage: name, 'image-tag': '${{ needs.build.outputs.image-tag }}' });
        // A called workflow gets no more than its caller grants: OIDC needs id-token: write here too.
        expect(job.permissions?.['id-token']).toBe('write');
      }
    });

    it('gates each stage with the GitHub environment of the same name', () => {
      expect(stage.on.workflow_call?.inputs).toHaveProperty('stage');
      expect(stageJob.environment).toBe('${{ inputs.stage }}');
      expect(stage.permissions?.['id-token']).toBe('write');
    });

    it('authenticates to AWS through OIDC with the environment\'s role, never with stored keys', () => {
      const credentials = step(stage, 'aws-actions/configure-aws-credentials');
      expect(credentials.with?.['role-to-assume']).toBe('${{ vars.AWS_DEPLOY_ROLE_ARN }}');
      expect(credentials.with).not.toHaveProperty('aws-access-key-id');
      expect(credentials.with).not.toHaveProperty('aws-secret-access-key');
    });

    it('builds the worker image from docker/Dockerfile.worker for the CPU ECS runs it on', () => {
      const build = step(deploy, 'docker/build-push-action');
      expect(build.with).toMatchObject({ file: 'docker/Dockerfile.worker', target: 'runtime' });
      const taskCpu = /cpuArchitecture: '(\w+)'/.exec(readRepoFile('terraform-cdk/src/constructs/workerService.ts'))?.[1];
      expect(build.with?.platforms).toBe(`linux/${taskCpu?.toLowerCase()}`);
      expect(deploy.jobs.build?.outputs?.['image-tag']).toBe('${{ steps.tag.outputs.tag }}');
      expect(build.with?.tags).toBe('invoice-worker:${{ steps.tag.outputs.tag }}');
    });

    it('pushes the image under the tag that terraform apply deploys (TF_VAR_worker_image_tag)', () => {
      expect(stageJob.env?.TF_VAR_worker_image_tag).toBe('${{ inputs.image-tag }}');
      const runs = (stageJob.steps ?? []).map((s) => s.run ?? '');
      expect(runs.filter((run) => /docker push "\$REGISTRY\/\$REPOSITORY:\$TF_VAR_worker_image_tag"/.test(run))).toHaveLength(2);
      expect(runs.some((run) => /terraform -chdir="\$STACK_DIR" apply -input=false -auto-approve/.test(run))).toBe(true);
      expect(stageJob.env?.REPOSITORY).toBe('invoice-worker-${{ inputs.stage }}');
    });

    it('hands the synthesized stacks and the image from the build job to the stages by artifact name', () => {
      const uploaded = steps(deploy).filter((s) => s.uses?.startsWith('actions/upload-artifact@')).map((s) => s.with?.name);
      const downloaded = (stageJob.steps ?? []).filter((s) => s.uses?.startsWith('actions/download-artifact@')).map((s) => s.with?.name);
      expect(downloaded.sort()).toEqual(uploaded.sort());
      expect(steps(deploy).some((s) => s.run === 'npm run synth -w @checkout/terraform-cdk')).toBe(true);
    });
  });
});
