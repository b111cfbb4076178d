; Inno Setup 6.3+ script: the Windows installer for the SEND information kiosk.
;
; Packs the one-folder build of build_installer.spec (dist\send-kiosk, made on Windows by
; .github/workflows/build.yml or by hand) into dist\send-kiosk-<version>-windows-x64-setup.exe:
;
;   pyinstaller --noconfirm --distpath dist --workpath dist\work build_installer.spec
;   iscc /DAppVersion=0.1.0 installer\windows\send-kiosk.iss
;
; Switches for IT (docs/deployment.md has the full list):
;   setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\send-kiosk.log"
;   setup.exe /VERYSILENT /TASKS="machinewide,startatsignin"     choose the optional tasks
;   unins000.exe /VERYSILENT                                       uninstall, keep the data
;   unins000.exe /VERYSILENT /PURGE                                uninstall and delete the data
; An interactive uninstall asks whether to delete the data (default: keep it). An upgrade is
; the new setup.exe run over the old one: the data and settings stay.

#define AppName "send-kiosk"
#define AppDisplayName "SEND information kiosk"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\send-kiosk"
#endif

[Setup]
; The AppId identifies the app for upgrades and uninstall: never change it.
AppId={{33556CF3-E858-4F2B-86A5-2658B294CDAC}
AppName={#AppDisplayName}
AppVersion={#AppVersion}
AppVerName={#AppDisplayName} {#AppVersion}
AppPublisher=SEND kiosk team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppDisplayName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppDisplayName}
UninstallDisplayIcon={app}\{#AppName}.exe
; A running kiosk is closed for an upgrade (Restart Manager), also in silent installs.
CloseApplications=force
RestartApplications=no
; The "machinewide" task sets an environment variable for every program.
ChangesEnvironment=yes
SetupLogging=yes

[Tasks]
Name: "machinewide"; Description: "Keep one copy of the kiosk's data and settings for all users of this PC (in C:\ProgramData\send-kiosk)"
Name: "startatsignin"; Description: "Start the kiosk when any user signs in"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\packaging\linux\kiosk.toml.example"; DestDir: "{app}"; Flags: ignoreversion
; The sample settings where the machine-wide kiosk reads them, never over the IT's own copy.
Source: "..\..\packaging\linux\kiosk.toml.example"; DestDir: "{commonappdata}\send-kiosk\send-kiosk"; Flags: onlyifdoesntexist uninsneveruninstall; Tasks: machinewide

[Dirs]
; platformdirs' site folder, C:\ProgramData\send-kiosk\send-kiosk: every local user may write
; the database there, so staff can import from their own account while the kiosk account shows it.
Name: "{commonappdata}\send-kiosk"; Permissions: users-modify; Flags: uninsneveruninstall; Tasks: machinewide

[Registry]
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "SEND_KIOSK_MACHINE_WIDE"; ValueData: "1"; Flags: uninsdeletevalue; Tasks: machinewide

[Icons]
Name: "{group}\{#AppDisplayName}"; Filename: "{app}\{#AppName}.exe"
Name: "{group}\{#AppDisplayName} (window, for testing)"; Filename: "{app}\{#AppName}.exe"; Parameters: "--windowed"
Name: "{group}\Uninstall {#AppDisplayName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppDisplayName}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon
Name: "{commonstartup}\{#AppDisplayName}"; Filename: "{app}\{#AppName}.exe"; Tasks: startatsignin

[Run]
Filename: "{app}\{#AppName}.exe"; Parameters: "--windowed"; Description: "Open the kiosk in a window now"; Flags: postinstall nowait skipifsilent unchecked

[Code]
var
  PurgeData: Boolean;

{ True if the command line has /NAME, /NAME=1 or /NAME=yes (any case). }
function HasSwitch(const Name: String): Boolean;
var
  I: Integer;
  Arg: String;
begin
  Result := False;
  for I := 1 to ParamCount do
  begin
    Arg := Uppercase(ParamStr(I));
    if (Arg = '/' + Name) or (Arg = '/' + Name + '=1') or (Arg = '/' + Name + '=YES') then
      Result := True;
  end;
end;

function InitializeUninstall(): Boolean;
begin
  PurgeData := HasSwitch('PURGE');
  if (not PurgeData) and (not UninstallSilent) then
    PurgeData := MsgBox('Also delete the kiosk''s database and settings?' + #13#10 + #13#10 +
      'Choose No to keep them for a later install (the usual choice).',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and PurgeData then
  begin
    { The machine-wide copy, and the copy of the account running the uninstaller. Other
      accounts' copies (the kiosk account's) are in their own AppData\Local\send-kiosk. }
    DelTree(ExpandConstant('{commonappdata}\send-kiosk'), True, True, True);
    DelTree(ExpandConstant('{localappdata}\send-kiosk'), True, True, True);
  end;
end;
