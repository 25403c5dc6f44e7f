; Inno Setup script: wraps the PyInstaller folder (dist\TrainOffice) into TrainOffice-Setup.exe.
; Build on Windows: pyinstaller packaging\trainoffice.spec --noconfirm, then iscc packaging\windows\trainoffice.iss
; No administrator rights needed: installs per user; the database stays in the user's data folder
; (%LOCALAPPDATA%\TrainOffice) and is never touched by an uninstall.
[Setup]
AppName=TrainOffice 教师培训管理
AppVersion=0.1.0
DefaultDirName={localappdata}\Programs\TrainOffice
DefaultGroupName=TrainOffice
PrivilegesRequired=lowest
OutputBaseFilename=TrainOffice-Setup
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\..\dist\TrainOffice\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\TrainOffice 教师培训管理"; Filename: "{app}\TrainOffice.exe"
Name: "{userdesktop}\TrainOffice 教师培训管理"; Filename: "{app}\TrainOffice.exe"

[Run]
Filename: "{app}\TrainOffice.exe"; Description: "启动 TrainOffice"; Flags: nowait postinstall skipifsilent
