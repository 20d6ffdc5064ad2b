// electron-builder configuration (kept out of package.json so it can carry comments).
// Build each platform on its own OS: the SQLite driver is a native module and is not cross-compiled.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.safeharbor.app',
  productName: 'Safe Harbor',
  copyright: 'Copyright © Safe Harbor',
  directories: { output: 'release', buildResources: 'build' },

  // Production dependencies from node_modules are added by electron-builder itself; everything the app runs is in
  // dist/ (the renderer and two bundles) except the native SQLite driver, which stays a real package.
  files: [
    'dist/**/*',
    'package.json',
    '!dist/**/*.map',
    '!node_modules/better-sqlite3-multiple-ciphers/{deps,src,docs,benchmark,test}/**',
    '!node_modules/better-sqlite3-multiple-ciphers/build/{deps,Release/obj,Release/obj.target,Release/.deps}/**',
    '!node_modules/better-sqlite3-multiple-ciphers/build/Release/{test_extension.node,*.a}',
  ],
  asar: true,
  // A .node file must be a real file on disk for dlopen.
  asarUnpack: ['**/*.node'],
  // scripts/native-abi.mjs has already put the Electron build of the driver in place (npm run dist runs it).
  npmRebuild: false,
  nodeGypRebuild: false,
  // Offline app: no auto-update feed, nothing published.
  publish: null,

  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },

  icon: 'build/icon.png',

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Offline, encrypted case management for attorneys',
    maintainer: 'Safe Harbor maintainers <maintainers@safe-harbor.invalid>',
  },
  deb: {
    // Electron's runtime needs these on minimal Debian/Ubuntu installs.
    depends: [
      'libgtk-3-0',
      'libnotify4',
      'libnss3',
      'libxss1',
      'libxtst6',
      'xdg-utils',
      'libatspi2.0-0',
      'libsecret-1-0',
    ],
  },
  win: {
    target: ['nsis'],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.business',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  dmg: {
    sign: false,
  },
};
