"""The PHP-FPM peer for `bench/run.py --case-page`: a private php-fpm pool and a private nginx in
front of it, both in a directory of the stack's run dir, serving bench/peer/case.php at
/saker/<id>. It uses the stack's MariaDB (unix socket, the web account minside_web) and never
touches the harness's nginx or any system service. See bench/README.md.

    peer = PhpPeer(stack)
    try:
        peer.start()
        ... http://127.0.0.1:<peer.port>/saker/<id> ...
    finally:
        peer.stop()
"""
import json
import os
import signal
import socket
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.dirname(os.path.dirname(HERE))
CASE_PHP = os.path.join(HERE, "case.php")

PHP_FPM_CANDIDATES = ["php-fpm8.2", "php-fpm"]  # Debian 12: /usr/sbin/php-fpm8.2
APT_PACKAGES = ["php-fpm", "php-mysql"]
CHILDREN = 4  # pm = static, as many as the portal's workers


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _find(names):
    for n in names:
        for d in ("/usr/sbin", "/usr/bin", "/sbin", "/bin"):
            p = os.path.join(d, n)
            if os.access(p, os.X_OK):
                return p
    return None


def _has_pdo_mysql(fpm):
    p = subprocess.run([fpm, "-m"], capture_output=True, text=True)
    return p.returncode == 0 and "pdo_mysql" in p.stdout


def ensure_php(log=print):
    """The php-fpm binary; installs php-fpm and php-mysql (Debian) with apt-get if missing."""
    fpm = _find(PHP_FPM_CANDIDATES)
    if fpm and _has_pdo_mysql(fpm):
        return fpm
    log("php-fpm with pdo_mysql is not installed; installing %s with apt-get ..." % " ".join(APT_PACKAGES))
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(sudo + ["apt-get", "install", "-y", "--no-install-recommends"] + APT_PACKAGES, check=True, env=env)
    fpm = _find(PHP_FPM_CANDIDATES)
    if not fpm or not _has_pdo_mysql(fpm):
        raise RuntimeError("php-fpm with pdo_mysql is still missing after apt-get install")
    return fpm


def _php_string(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


class PhpPeer:
    def __init__(self, stack, children=CHILDREN, log=print):
        self.stack = stack
        self.children = children
        self.log = log
        self.dir = os.path.join(stack.run, "peer")
        self.port = _free_port()
        self.fpm_socket = os.path.join(self.dir, "php-fpm.sock")
        self.fpm_conf = os.path.join(self.dir, "php-fpm.conf")
        self.fpm_log = os.path.join(self.dir, "php-fpm.log")
        self.php_errors = os.path.join(self.dir, "php-errors.log")
        self.nginx_conf = os.path.join(self.dir, "nginx.conf")
        self.nginx_error = os.path.join(self.dir, "nginx-error.log")
        self.access_log = os.path.join(self.dir, "nginx-access.log")
        self.messages = os.path.join(self.dir, "messages_nb.php")
        self.fpm = None
        self.nginx = None

    # ---- configuration ------------------------------------------------------------
    def _write_messages(self):
        # The portal keeps its catalog in memory; a PHP array file is kept in opcache.
        with open(os.path.join(SRCDIR, "tmpl", "i18n", "nb.json"), encoding="utf-8") as f:
            catalog = json.load(f)
        with open(self.messages, "w", encoding="utf-8") as f:
            f.write("<?php\nreturn [\n")
            for k, v in catalog.items():
                f.write("    %s => %s,\n" % (_php_string(k), _php_string(v)))
            f.write("];\n")

    def _write_fpm_conf(self):
        password = open(os.path.join(self.stack.workdir, "secrets", "db_web_password")).read().strip()
        root = os.geteuid() == 0
        lines = [
            "[global]",
            "pid = %s" % os.path.join(self.dir, "php-fpm.pid"),
            "error_log = %s" % self.fpm_log,
            "daemonize = no",
            "",
            "[peer]",
            "user = root" if root else "",
            "group = root" if root else "",
            "listen = %s" % self.fpm_socket,
            "listen.mode = 0600",
            "listen.backlog = 511",
            "pm = static",
            "pm.max_children = %d" % self.children,
            "pm.max_requests = 0",
            "clear_env = yes",
            "env[MINSIDE_DB_SOCKET] = %s" % self.stack.db_socket,
            "env[MINSIDE_DB_USER] = minside_web",
            "env[MINSIDE_DB_PASSWORD] = %s" % password,
            "env[MINSIDE_PEER_MESSAGES] = %s" % self.messages,
            "php_admin_flag[display_errors] = off",
            "php_admin_flag[log_errors] = on",
            "php_admin_value[error_log] = %s" % self.php_errors,
            "catch_workers_output = yes",
        ]
        with open(self.fpm_conf, "w") as f:
            f.write("\n".join(lines) + "\n")
        os.chmod(self.fpm_conf, 0o600)

    def _write_nginx_conf(self):
        d = self.dir
        conf = """# bench/peer: a private nginx in front of the php-fpm peer; like the harness's nginx
# (one worker process, keep-alive, the same access log format), nothing else.
worker_processes 1;
daemon off;
pid %(d)s/nginx.pid;
error_log %(d)s/nginx-error.log warn;
%(user)s

events { worker_connections 1024; }

http {
    default_type application/octet-stream;
    keepalive_timeout 30;
    server_tokens off;
    client_body_temp_path %(d)s/nginx-body;
    fastcgi_temp_path %(d)s/nginx-fastcgi;
    proxy_temp_path %(d)s/nginx-proxy;
    uwsgi_temp_path %(d)s/nginx-uwsgi;
    scgi_temp_path %(d)s/nginx-scgi;
    log_format peer '$time_iso8601 $request_id "$request_method $uri" $status $body_bytes_sent $request_time';
    access_log %(d)s/nginx-access.log peer;

    server {
        listen 127.0.0.1:%(port)d;
        server_name localhost;
        location ~ ^/saker/[0-9]+$ {
            include /etc/nginx/fastcgi_params;
            fastcgi_param SCRIPT_FILENAME %(script)s;
            fastcgi_param REQUEST_ID $request_id;
            fastcgi_pass unix:%(sock)s;
        }
        location / { return 404; }
    }
}
""" % {"d": d, "user": "user root;" if os.geteuid() == 0 else "", "port": self.port,
       "script": CASE_PHP, "sock": self.fpm_socket}
        with open(self.nginx_conf, "w") as f:
            f.write(conf)

    # ---- lifecycle ----------------------------------------------------------------
    def start(self):
        fpm = ensure_php(self.log)
        nginx = _find(["nginx"])
        if not nginx:
            raise RuntimeError("nginx is not installed")
        os.makedirs(self.dir, exist_ok=True)
        self._write_messages()
        self._write_fpm_conf()
        self._write_nginx_conf()
        as_root = ["--allow-to-run-as-root"] if os.geteuid() == 0 else []
        args = [fpm, "--fpm-config", self.fpm_conf, "--nodaemonize"] + as_root
        p = subprocess.run([fpm, "--fpm-config", self.fpm_conf, "--test"] + as_root,
                           capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError("php-fpm -t failed:\n%s%s" % (p.stdout, p.stderr))
        out = open(self.fpm_log + ".stdout", "a")
        self.fpm = subprocess.Popen(args, stdout=out, stderr=out)
        self._wait(lambda: os.path.exists(self.fpm_socket), 15, "php-fpm socket", self.fpm)
        nargs = [nginx, "-p", self.dir, "-c", self.nginx_conf, "-e", self.nginx_error]
        subprocess.run(nargs + ["-t", "-q"], check=True)
        self.nginx = subprocess.Popen(nargs)
        self._wait(lambda: socket.create_connection(("127.0.0.1", self.port), 0.2).close() is None,
                   10, "the peer's nginx", self.nginx)
        return self

    def _wait(self, predicate, timeout, what, proc):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError("%s exited with %s (see %s)" % (what, proc.returncode, self.dir))
            try:
                if predicate():
                    return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError("timed out waiting for " + what)

    def stop(self):
        """Stops the two processes this object started (by their pids), gracefully first."""
        for attr, sig in (("nginx", signal.SIGQUIT), ("fpm", signal.SIGQUIT)):
            proc = getattr(self, attr)
            if proc and proc.poll() is None:
                proc.send_signal(sig)
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            setattr(self, attr, None)

    def errors_text(self, n=20):
        out = []
        for path in (self.php_errors, self.fpm_log, self.nginx_error):
            try:
                lines = open(path, errors="replace").read().splitlines()
            except OSError:
                continue
            if lines:
                out.append("---- %s (last %d):" % (os.path.basename(path), n))
                out += lines[-n:]
        return out
