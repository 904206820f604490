// Entry for `npm run class-host` (the host itself lives in app/class-host/cli.ts).
import '../app/class-host/cli';
