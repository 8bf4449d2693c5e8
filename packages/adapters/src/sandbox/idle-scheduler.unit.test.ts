import { describe, expect, it } from 'vitest';
import { autogroupApplies } from './idle-scheduler';

const V1_ROOT = ['9:name=systemd:/', '3:cpuset:/', '2:cpuacct:/', '1:cpu:/', '0::/'].join('\n');
const V1_CONTAINER = ['4:memory:/docker/abc', '2:cpu,cpuacct:/docker/abc', '0::/docker/abc'].join('\n');

describe('autogroupApplies', () => {
  it('holds with autogroup enabled and the cpu controller at the root (cgroup v1)', () => {
    expect(autogroupApplies('1\n', V1_ROOT)).toBe(true);
  });

  it('does not hold inside a container cgroup, whichever version', () => {
    expect(autogroupApplies('1\n', V1_CONTAINER)).toBe(false);
    expect(autogroupApplies('1\n', '0::/kubepods/burstable/pod1/c1\n')).toBe(false);
  });

  it('reads the unified line under cgroup v2', () => {
    expect(autogroupApplies('1\n', '0::/\n')).toBe(true);
  });

  it('does not hold with autogroup off or unknown', () => {
    expect(autogroupApplies('0\n', V1_ROOT)).toBe(false);
    expect(autogroupApplies('', V1_ROOT)).toBe(false);
    expect(autogroupApplies('1\n', '')).toBe(false);
  });

  it('judges by the cpu controller, not by others in a group of their own', () => {
    const memoryApart = ['4:memory:/process_api/548d', '1:cpu:/', '0::/'].join('\n');
    expect(autogroupApplies('1\n', memoryApart)).toBe(true);
  });
});
