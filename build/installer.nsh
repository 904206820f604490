; Class mode (docs/class-mode.md, "Firewall prompts"): students' computers connect to the teacher's app, so a
; teacher's Windows needs an inbound rule for the game. Installed for all users (elevated), the installer adds one
; allow rule for the game's own program on Private and Domain networks only (never Public), replacing any rule of
; the same name from an earlier install; the uninstaller removes it. Installed for one user (no administrator
; rights), nothing is changed and Windows asks the first time the game hosts a class. Included through
; `nsis.include` in electron-builder.yml; checked by tests/unit/build/installers.test.ts.

!define IRB_FIREWALL_RULE "Iron Rice Bowl, Paper Loan (class mode)"

!macro irbFirewallRemove
  nsExec::ExecToLog '"$SYSDIR\netsh.exe" advfirewall firewall delete rule name="${IRB_FIREWALL_RULE}"'
  Pop $0
!macroend

!macro customInstall
  ${if} $installMode == "all"
    !insertmacro irbFirewallRemove
    nsExec::ExecToLog '"$SYSDIR\netsh.exe" advfirewall firewall add rule name="${IRB_FIREWALL_RULE}" dir=in action=allow program="$INSTDIR\${APP_EXECUTABLE_FILENAME}" enable=yes profile=private,domain'
    ; the exit code is dropped: a failure (no firewall service, a policy forbidding local rules) is not fatal,
    ; Windows then asks the first time the game hosts a class
    Pop $0
  ${endIf}
!macroend

!macro customUnInstall
  ${if} $installMode == "all"
    !insertmacro irbFirewallRemove
  ${endIf}
!macroend
