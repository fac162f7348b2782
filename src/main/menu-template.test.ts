import { describe, expect, it } from 'vitest';
import { chordKey, parseAccelerator } from '../shared/commands/accelerator';
import { acceleratorFor, commandIds, commands, type Platform } from '../shared/commands/commands';
import { shortcutSheet } from '../shared/commands/shortcut-sheet';
import { buildMenuTemplate, flattenMenu, roleAccelerator, type MenuItemSpec } from './menu-template';

const platforms: Platform[] = ['darwin', 'win32', 'linux'];

function menu(platform: Platform, dev = true): MenuItemSpec[] {
  return buildMenuTemplate({ platform, appName: 'Lede', dev });
}

const topLabels = (template: MenuItemSpec[]) => template.map((item) => ('label' in item ? item.label : undefined));
const rolesIn = (template: MenuItemSpec[]) =>
  flattenMenu(template).flatMap((item) => ('role' in item && !('submenu' in item) ? [item.role] : []));

describe.each(platforms)('the %s menu', (platform) => {
  it('gives every command its own keys, clashing with no standard item', () => {
    const seen = new Map<string, string>();
    const take = (accelerator: string, owner: string) => {
      const key = chordKey(parseAccelerator(accelerator, platform));
      expect(seen.get(key), `${owner} and ${seen.get(key)} both use ${key}`).toBeUndefined();
      seen.set(key, owner);
    };
    for (const role of rolesIn(menu(platform))) {
      const accelerator = roleAccelerator(role, platform);
      if (accelerator) take(accelerator, `role ${role}`);
    }
    for (const command of commands) take(acceleratorFor(command, platform), command.id);
    expect(seen.size).toBeGreaterThanOrEqual(commands.length);
  });

  it('every command except the menu-less paste is in the menu, once, with its table accelerator', () => {
    const items = flattenMenu(menu(platform)).filter((item) => 'command' in item);
    const ids = items.map((item) => ('command' in item ? item.command : ''));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(commandIds.filter((id) => id !== 'edit.pastePlain').sort());
    for (const item of items) {
      if (!('command' in item)) continue;
      const command = commands.find((c) => c.id === item.command)!;
      expect(item.accelerator).toBe(acceleratorFor(command, platform));
      expect(item.enabled).toBe(!('pending' in command));
      // The page dispatches the keys on Windows and Linux; the menu owns them on macOS.
      expect(item.registerAccelerator).toBe(platform === 'darwin');
    }
  });

  it('has the standard Edit roles and no separator at either end of a menu', () => {
    const template = menu(platform);
    expect(rolesIn(template)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    for (const item of flattenMenu(template)) {
      if (!('submenu' in item)) continue;
      const { submenu } = item;
      expect(submenu.length, item.label).toBeGreaterThan(0);
      expect('type' in submenu[0]!, `${item.label} starts with a separator`).toBe(false);
      expect('type' in submenu.at(-1)!, `${item.label} ends with a separator`).toBe(false);
      submenu.forEach((entry, index) => {
        if ('type' in entry) expect('type' in submenu[index + 1]!, `${item.label} has two separators`).toBe(false);
      });
    }
  });

  it('the shortcuts sheet lists every command once, with the keys the menu shows', () => {
    const rows = shortcutSheet(platform).flatMap((section) => section.rows);
    expect(rows.map((row) => row.id).sort()).toEqual([...commandIds].sort());
    for (const row of rows) expect(row.keys).not.toBe('');
    const keys = rows.map((row) => row.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves reload and the developer tools out of a packaged build', () => {
    expect(rolesIn(menu(platform, false))).not.toContain('toggleDevTools');
    expect(rolesIn(menu(platform, false))).not.toContain('reload');
  });
});

describe('platform roles', () => {
  it('macOS has the app menu (about, services, hide, quit) with Settings, and Window/Help roles', () => {
    const template = menu('darwin');
    expect(topLabels(template)).toEqual(['Lede', 'File', 'Edit', 'View', 'Window', 'Help']);
    const app = template[0] as { submenu: MenuItemSpec[] };
    expect(rolesIn(app.submenu)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(app.submenu.some((item) => 'command' in item && item.command === 'app.settings')).toBe(true);
    expect(template.filter((item) => 'role' in item).map((item) => ('role' in item ? item.role : ''))).toEqual([
      'window',
      'help',
    ]);
  });

  it.each(['win32', 'linux'] as const)(
    '%s has File/Edit/View/Window/Help, Quit in File, Settings in File',
    (platform) => {
      const template = menu(platform);
      expect(topLabels(template)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
      const file = template[0] as { submenu: MenuItemSpec[] };
      expect(rolesIn(file.submenu)).toEqual(['quit']);
      expect(file.submenu.some((item) => 'command' in item && item.command === 'app.settings')).toBe(true);
      expect(rolesIn(template)).toContain('about');
    },
  );

  it('refuses an accelerator with an unknown modifier', () => {
    expect(() => parseAccelerator('Hyper+K', 'linux')).toThrow(/unknown modifier Hyper/);
  });
});
