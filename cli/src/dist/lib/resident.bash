# postlint's resident process, the launcher's side (bin/postlint runs it with bash when POSTLINT_DAEMON=on
# and the command is 'check'): finds the server this Java, jar and locale started, or starts one, and
# hands it the run over three loopback connections; when it cannot, it runs the launcher again with
# POSTLINT_DAEMON=off, which runs the JVM itself. Arguments: the launcher, its folder, the JVM options,
# then postlint's own. The server's folder is the user's alone (in XDG_RUNTIME_DIR, else ~/.cache/postlint);
# its 'server' file names port, process and token. No subshells and no programs but the one copying the
# output: on some machines each costs 5 to 8 ms, as long as the rest of a served run.
launcher="$1" bin="$2" jvm="$3"
shift 3
NOT_SERVED=120 # the server's answer when it leaves the run to the launcher
not_served() {
  [ "${POSTLINT_DAEMON:-}" = stop ] && exit 0
  POSTLINT_DAEMON=off exec sh "$launcher" "$@"
}
# Bash 4.4 or later (${!name@a}); macOS's bash 3.2 leaves the run to the JVM.
[ "${BASH_VERSINFO[0]}" -gt 4 ] || { [ "${BASH_VERSINFO[0]}" -eq 4 ] && [ "${BASH_VERSINFO[1]}" -ge 4 ]; } ||
  not_served "$@"
here="$PWD"
{ CDPATH='' cd -P -- "$bin/.." && home="$PWD" && CDPATH='' cd -- "$here"; } 2> /dev/null || not_served "$@"
jar="$home/lib/postlint.jar"
if [ -n "${JAVA_HOME:-}" ]; then
  java="$JAVA_HOME/bin/java"
elif hash java 2> /dev/null; then
  java="${BASH_CMDS[java]}"
else
  not_served "$@"
fi
[ -x "$java" ] || not_served "$@" # the launcher says what is missing

runtime="${XDG_RUNTIME_DIR:-}"
if [ -n "$runtime" ] && [ -O "$runtime" ]; then base="$runtime/postlint"; else base="${HOME:-}/.cache/postlint"; fi
case "$base" in /.cache/*) not_served "$@" ;; esac
# One server per Java, jar, JVM options and locale, named by a hash of them (in bash: cksum costs 10 ms).
text="$java|$jar|$jvm|${JAVA_TOOL_OPTIONS:-}|${LC_ALL:-}|${LC_CTYPE:-}|${LANG:-}|${TZ:-}"
key=5381
for ((i = 0; i < ${#text}; i++)); do
  printf -v c '%d' "'${text:i:1}"
  key=$(((key * 33 + c) & 0xFFFFFFFF))
done
folder="$base/resident-$key"

# The server this launcher may talk to: its file newer than the jar and made for the same text (no hash
# collision), its process one of this user's.
known() {
  [ -O "$folder" ] && [ -O "$folder/server" ] && [ "$folder/server" -nt "$jar" ] || return 1
  { IFS=' ' read -r port pid token && IFS= read -r identity; } < "$folder/server" 2> /dev/null || return 1
  [ -n "$token" ] && [ "$identity" = "$text" ] && kill -0 "$pid" 2> /dev/null
}

if [ "${POSTLINT_DAEMON:-}" = stop ]; then
  if known && { exec 3<> "/dev/tcp/127.0.0.1/$port"; } 2> /dev/null; then
    printf 'stop\0%s\0' "$token" >&3
    exec 3>&-
  fi
  exit 0
fi
# Standard input, and git's own variables (set inside hooks), belong to this process: the JVM runs it.
for arg in "$@"; do [ "$arg" = - ] && not_served "$@"; done
[ -z "${GIT_DIR:-}${GIT_WORK_TREE:-}${GIT_INDEX_FILE:-}${GIT_OBJECT_DIRECTORY:-}" ] || not_served "$@"

start() {
  mkdir -p "$base" 2> /dev/null && mkdir -m 700 "$folder" 2> /dev/null
  [ -O "$folder" ] || return 1
  rm -f "$folder/server"
  # Its own session where setsid exists, else deaf to the terminal's Ctrl-C and hang-up.
  local detach=""
  command -v setsid > /dev/null 2>&1 && detach=setsid
  # shellcheck disable=SC2086 # the options are words
  (trap '' INT HUP; cd / && exec $detach "$java" $jvm -cp "$jar" dev.postlint.cli.ResidentServer "$folder" "$jar" \
    "${POSTLINT_DAEMON_IDLE:-180}" "$text") < /dev/null > "$folder/log" 2>&1 &
  local server=$! tries=0
  until known; do
    kill -0 "$server" 2> /dev/null || return 1 # the JVM did not start (its log says why)
    tries=$((tries + 1))
    [ $tries -le 300 ] || return 1
    sleep 0.05
  done
}

known || start || not_served "$@"
# Standard output and error each on a connection of their own, then the run itself, whose connection
# answers with the exit code once both are closed. Standard output is copied from the start, while the
# server works (a fork costs bash milliseconds; the server waits for a full connection to be read);
# standard error, empty in most runs, only once the server says a line "stderr" before the exit code.
id="$$.$RANDOM$RANDOM"
{ exec 5<> "/dev/tcp/127.0.0.1/$port"; } 2> /dev/null || { start && { exec 5<> "/dev/tcp/127.0.0.1/$port"; } 2> /dev/null; } ||
  not_served "$@"
{ exec 4<> "/dev/tcp/127.0.0.1/$port" && exec 3<> "/dev/tcp/127.0.0.1/$port"; } 2> /dev/null || not_served "$@"
cd -P . 2> /dev/null || not_served "$@"
interactive=0
[ -t 0 ] && [ -t 1 ] && interactive=1
# The exported variables, as a JVM of its own would see them (link headers may name any of them).
environment=()
for name in ${!A*} ${!B*} ${!C*} ${!D*} ${!E*} ${!F*} ${!G*} ${!H*} ${!I*} ${!J*} ${!K*} ${!L*} ${!M*} ${!N*} \
  ${!O*} ${!P*} ${!Q*} ${!R*} ${!S*} ${!T*} ${!U*} ${!V*} ${!W*} ${!X*} ${!Y*} ${!Z*} ${!a*} ${!b*} ${!c*} ${!d*} \
  ${!e*} ${!f*} ${!g*} ${!h*} ${!i*} ${!j*} ${!k*} ${!l*} ${!m*} ${!n*} ${!o*} ${!p*} ${!q*} ${!r*} ${!s*} ${!t*} \
  ${!u*} ${!v*} ${!w*} ${!x*} ${!y*} ${!z*} ${!_*}; do
  [[ ${!name@a} == *x* ]] && environment+=("$name=${!name}")
done
printf 'out\0%s\0%s\0' "$token" "$id" >&5
printf 'err\0%s\0%s\0' "$token" "$id" >&4
printf 'run\0%s\0%s\0%s\0%s\0%s\0' "$token" "$id" "$PWD" "$interactive" "${#environment[@]}" >&3
[ ${#environment[@]} -eq 0 ] || printf '%s\0' "${environment[@]}" >&3
printf '%s\0' "$#" "$@" >&3
# The copies do not hold the run's connection: the server takes its end for the launcher gone (Ctrl-C)
# and stops the run.
cat <&5 3<&- 4<&- &
output=$!
exec 5>&-
errors=""
code=""
while IFS= read -r line <&3; do
  if [ "$line" = stderr ] && [ -z "$errors" ]; then
    cat <&4 >&2 3<&- &
    errors=$!
  else
    code="$line"
    break
  fi
done
exec 4>&-
if ! wait $output; then
  echo "postlint: error: could not write to standard output (disk full, or the reader closed the pipe); the report is incomplete" >&2
  code=3
fi
[ -z "$errors" ] || wait $errors
if [ -z "$code" ]; then
  echo "postlint: the resident process (POSTLINT_DAEMON) ended during the run; its log is $folder/log" >&2
  code=3
fi
[ "$code" != $NOT_SERVED ] || not_served "$@"
exit "$code"
