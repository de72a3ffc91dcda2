; Inno Setup recipe for Clerk: a per-user install that needs no administrator.
;
;   iscc /DAppVersion=0.1.0 /DNumericVersion=0.1.0.0 packaging\windows\clerk.iss
;
; Run after `python packaging\build.py` (it reads dist\clerk\). The version comes from
; pyproject.toml through the command line (`python packaging\bundle_plan.py --iscc-defines`
; prints both; the build workflow passes them); the installer is written to
; dist\clerk-VERSION-windows-setup.exe.
;
; Per user: files go to %LOCALAPPDATA%\Programs\Clerk, the shortcut to the user's Start menu,
; the uninstaller to the user's Apps list. Nothing is written where an administrator is needed,
; so a clerk can install it on a locked-down council laptop. IT departments that want one copy
; for all users can run the installer with /ALLUSERS from an elevated prompt.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef NumericVersion
  #define NumericVersion "0.0.0.0"
#endif
#define AppName "Clerk"
#define AppExe "clerk.exe"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6C1E6A2B-7F0D-4C8E-9B55-3E2C9A4D1F07}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Clerk project
AppComments=Live clerking of formal meetings, with draft minutes in the house style
VersionInfoVersion={#NumericVersion}
; Paths below are from the repository's root.
SourceDir=..\..
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
UsedUserAreasWarning=no
OutputDir=dist
OutputBaseFilename=clerk-{#AppVersion}-windows-setup
SetupIconFile=resources\icons\clerk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: clerk.exe (the application), clerk-cli.exe (the command line)
; and _internal\.
Source: "dist\clerk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's own files; the clerk's database lives elsewhere
; (%LOCALAPPDATA%\Clerk) and is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Clerk a live meeting and draft its minutes"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
