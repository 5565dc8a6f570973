; Inno Setup script: a Windows installer for the onedir bundle (dist\neuron-gui).
; It installs for the current user only and needs no administrator rights; IT can still choose an
; install for all users, in the setup's first dialog or with /ALLUSERS on the command line.
;
;   python packaging\build_bundle.py
;   iscc /DAppVersion=0.1.0 packaging\neuron-gui.iss     (writes dist\neuron-gui-0.1.0-windows-x86_64-setup.exe)

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Neuron GUI"
#define AppExe "neuron-gui.exe"

[Setup]
; The same reverse-DNS name as the Linux .desktop file and the macOS bundle identifier.
AppId=io.github.neuron_gui.NeuronGui
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The neuron_gui developers
; {autopf} is the user's own Programs folder in a per-user install, Program Files for all users.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..
OutputDir=dist
OutputBaseFilename=neuron-gui-{#AppVersion}-windows-x86_64-setup
SetupIconFile=resources\icons\neuron-gui.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\neuron-gui\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
