/**
 * The crash suite's fixed crash point (`crash-point.ts`, decision 0026) is a test hook: a production server
 * ignores ROUXING_CRASH_POINT — when the configuration is read, and in the hook itself.
 */
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { crashPoint } from './crash-point';

const PRODUCTION = { NODE_ENV: 'production', ROUXING_ADMIN_PASSWORD: 'Admin@20261205' };

describe('[RELIABILITY][CRASH] the fixed crash point', () => {
  // process.kill is Node's; it is replaced here so that the hook's kill, if it came, is seen and not done
  // (and given back after each test: the worker runs other files next).
  let kill: MockInstance<typeof process.kill>;
  beforeEach(() => {
    kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
  });
  afterEach(() => kill.mockRestore());

  it('is dropped from a production configuration and does nothing in production mode', () => {
    const config = loadConfig({ ...PRODUCTION, ROUXING_CRASH_POINT: 'case.start.after-case-row' });
    expect(config.mode).toBe('production');
    expect(config.crashPoint).toBeNull();
    crashPoint(config, 'case.start.after-case-row');
    // Even a production configuration carrying the point (built by hand) does not stop.
    crashPoint({ mode: 'production', crashPoint: 'case.start.after-case-row' }, 'case.start.after-case-row');
    expect(kill).not.toHaveBeenCalled();
    // Production ignores the setting: a value that is no crash point is not even refused.
    expect(loadConfig({ ...PRODUCTION, ROUXING_CRASH_POINT: 'anything' }).crashPoint).toBeNull();
  });

  it('kills the process with SIGKILL at the configured point only, outside production mode', () => {
    const config = loadConfig({ ROUXING_CRASH_POINT: 'case.start.after-case-row' });
    expect(config).toMatchObject({ mode: 'demo', crashPoint: 'case.start.after-case-row' });
    expect(loadConfig({}).crashPoint).toBeNull();
    crashPoint(loadConfig({}), 'case.start.after-case-row');
    expect(kill).not.toHaveBeenCalled();
    crashPoint(config, 'case.start.after-case-row');
    expect(kill).toHaveBeenCalledExactlyOnceWith(process.pid, 'SIGKILL');
  });

  it('refuses an unknown crash point outside production mode, naming the setting', () => {
    expect(() => loadConfig({ ROUXING_CRASH_POINT: 'case.start.somewhere' })).toThrow(ConfigError);
    expect(() => loadConfig({ ROUXING_CRASH_POINT: 'case.start.somewhere' })).toThrow(/ROUXING_CRASH_POINT: 崩溃点应为/);
  });
});
