"""The whole portal on loopback, in a private directory: MariaDB, migrations, demo data,
minside-fcgi and nginx. Used by `make run` (devstack.py), `make check` (run_all.py) and bench/.

Nothing here touches a system MariaDB or nginx: every server gets its own data, sockets,
pid files and free ports under `workdir`.
"""
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import http.client

SRCDIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError("timed out waiting for " + what)


def find_binary(*names):
    for n in names:
        for d in ("/usr/sbin", "/usr/bin", "/sbin", "/bin"):
            p = os.path.join(d, n)
            if os.access(p, os.X_OK):
                return p
    raise RuntimeError("none of %s is installed" % (names,))


class Stack:
    def __init__(self, build_dir, workdir=None, citizen_port=None, internal_port=None,
                 workers=3, config_extra=None, copy_templates=True, keep=False, idp_port=None):
        self.build = os.path.abspath(build_dir)
        self.own_workdir = workdir is None
        self.workdir = os.path.abspath(workdir or tempfile.mkdtemp(prefix="minside-stack-"))
        self.keep = keep
        self.citizen_port = citizen_port or free_port()
        self.internal_port = internal_port or free_port()
        self.static_port = free_port()
        self.idp_port = idp_port or free_port()
        self.issuer = "http://127.0.0.1:%d" % self.idp_port
        self.idp_socket = os.path.join(self.workdir, "run", "devidp.sock")
        self.idp_config_path = os.path.join(self.workdir, "devidp.conf")
        self.idp_log = os.path.join(self.workdir, "minside-devidp.log")
        self.clock_file = os.path.join(self.workdir, "clock-offset")
        self.client_key = os.path.join(self.workdir, "secrets", "idporten-client-key.pem")
        self.devidp = None
        self.file_store = os.path.join(self.workdir, "files")
        self.workers = workers
        self.config_extra = config_extra or {}
        self.copy_templates = copy_templates
        self.run = os.path.join(self.workdir, "run")
        self.db_dir = os.path.join(self.workdir, "mariadb")
        self.db_socket = os.path.join(self.run, "mysqld.sock")
        self.fcgi_socket = os.path.join(self.run, "fcgi.sock")
        self.config_path = os.path.join(self.workdir, "minside.conf")
        self.fcgi_log = os.path.join(self.workdir, "minside-fcgi.log")
        self.tmpl_dir = os.path.join(self.workdir, "tmpl") if copy_templates else os.path.join(SRCDIR, "tmpl")
        self.mariadb = None
        self.nginx = None
        self.fcgi = None

    # ---- lifecycle -------------------------------------------------------------
    def start(self):
        os.makedirs(self.run, exist_ok=True)
        os.makedirs(self.file_store, mode=0o750, exist_ok=True)
        os.makedirs(os.path.join(self.workdir, "secrets"), mode=0o700, exist_ok=True)
        if self.copy_templates:
            shutil.rmtree(self.tmpl_dir, ignore_errors=True)
            shutil.copytree(os.path.join(SRCDIR, "tmpl"), self.tmpl_dir)
        self.init_mariadb()
        self.start_mariadb()
        self.create_accounts()
        self.create_login_secrets()
        self.write_config()
        self.write_devidp_config()
        self.admin("migrate")
        self.admin("demo-data")
        self.start_devidp()
        self.start_fcgi()
        self.start_nginx()
        wait_for(lambda: self.get("/health")[0] == 200, 20, "the portal's /health")
        return self

    def stop(self):
        self.stop_nginx()
        self.stop_fcgi()
        self.stop_devidp()
        self.stop_mariadb()
        if self.own_workdir and not self.keep:
            shutil.rmtree(self.workdir, ignore_errors=True)

    # ---- MariaDB ---------------------------------------------------------------
    def init_mariadb(self):
        if os.path.isdir(os.path.join(self.db_dir, "mysql")):
            return
        os.makedirs(self.db_dir, exist_ok=True)
        cmd = [find_binary("mariadb-install-db", "mysql_install_db"), "--datadir=" + self.db_dir,
               "--auth-root-authentication-method=normal", "--skip-test-db",
               # --force: a fresh machine or chroot may not resolve its own host name
               "--skip-name-resolve", "--force"]
        if os.geteuid() == 0:
            cmd.append("--user=root")
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if proc.returncode != 0:
            raise RuntimeError("mariadb-install-db failed:\n" + proc.stdout[-3000:])

    def start_mariadb(self):
        cmd = [find_binary("mariadbd", "mysqld"), "--no-defaults", "--datadir=" + self.db_dir,
               "--socket=" + self.db_socket, "--skip-networking", "--pid-file=" + os.path.join(self.run, "mysqld.pid"),
               "--log-error=" + os.path.join(self.workdir, "mariadb.log"),
               "--innodb-buffer-pool-size=64M", "--innodb-log-file-size=16M",
               "--innodb-flush-log-at-trx-commit=2", "--character-set-server=utf8mb4",
               "--collation-server=utf8mb4_unicode_ci", "--max-connections=200"]
        if os.geteuid() == 0:
            cmd.append("--user=root")
        self.mariadb = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: self.sql_root("SELECT 1", check=False).returncode == 0, 60, "MariaDB")

    def stop_mariadb(self):
        if self.mariadb and self.mariadb.poll() is None:
            self.mariadb.terminate()
            try:
                self.mariadb.wait(60)
            except subprocess.TimeoutExpired:
                self.mariadb.kill()
                self.mariadb.wait()
        self.mariadb = None

    def sql_root(self, sql, check=True):
        return subprocess.run([find_binary("mariadb", "mysql"), "--no-defaults", "-uroot",
                               "--socket=" + self.db_socket, "-N", "-B", "-e", sql],
                              check=check, capture_output=True, text=True)

    def create_accounts(self):
        passwords = {}
        for name in ("web", "migrate", "purge"):
            path = os.path.join(self.workdir, "secrets", "db_%s_password" % name)
            if not os.path.exists(path):
                with open(path, "w") as f:
                    f.write(secrets.token_hex(16) + "\n")
                os.chmod(path, 0o600)
            passwords[name + "_password"] = open(path).read().strip()
        sql = open(os.path.join(SRCDIR, "sql", "accounts.sql")).read()
        for key, value in passwords.items():
            sql = sql.replace("{" + key + "}", value)
        self.sql_root(sql)

    # ---- ID-porten (minside-devidp) ---------------------------------------------
    DEMO_PERSONS = [("01017012345", "Kari Nordmann"), ("02028054321", "Ola Nordmann"),
                    ("03039011111", "Anne Hansen (advokat)"), ("04049022222", "Per Utenfor"),
                    ("05059033333", "Siri Sperret")]

    def create_login_secrets(self):
        sec = os.path.join(self.workdir, "secrets")
        for name in ("pid_hmac_key", "idporten_client_secret"):
            path = os.path.join(sec, name)
            if not os.path.exists(path):
                with open(path, "w") as f:
                    f.write(secrets.token_hex(32) + "\n")
                os.chmod(path, 0o600)
        if not os.path.exists(self.client_key):
            subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                            "-out", self.client_key], check=True, capture_output=True)
        if not os.path.exists(self.clock_file):
            self.set_clock_offset(0)

    def set_clock_offset(self, seconds):
        """Moves the portal's and the local ID-porten's clocks (tests only)."""
        with open(self.clock_file + ".tmp", "w") as f:
            f.write("%d\n" % seconds)
        os.replace(self.clock_file + ".tmp", self.clock_file)

    def write_devidp_config(self):
        portal = "http://127.0.0.1:%d" % self.citizen_port
        secret = open(os.path.join(self.workdir, "secrets", "idporten_client_secret")).read().strip()
        lines = [
            "listen = " + self.idp_socket,
            "issuer = " + self.issuer,
            "template_dir = " + os.path.join(SRCDIR, "tmpl"),
            "control = true",
            "clock_offset_file = " + self.clock_file,
            "client.minside.secret = " + secret,
            "client.minside.key_file = " + self.client_key,
            "client.minside.redirect_uri = %s/logg-inn/callback" % portal,
            "client.minside.post_logout_redirect_uri = %s/logget-ut" % portal,
            "client.minside.frontchannel_logout_uri = %s/logg-ut/frontchannel" % portal,
            # Another service in the same single sign-on, to start logouts from elsewhere.
            "client.other.secret = other-secret",
            "client.other.redirect_uri = http://127.0.0.1:9/callback",
            "client.other.post_logout_redirect_uri = http://127.0.0.1:9/logged-out",
        ]
        lines += ["person = %s|%s" % p for p in self.DEMO_PERSONS]
        with open(self.idp_config_path, "w") as f:
            f.write("\n".join(lines) + "\n")

    def start_devidp(self):
        log = open(self.idp_log, "a")
        self.devidp = subprocess.Popen([os.path.join(self.build, "minside-devidp"), "--config", self.idp_config_path],
                                       stdout=log, stderr=log)
        wait_for(lambda: os.path.exists(self.idp_socket), 10, "minside-devidp")

    def stop_devidp(self):
        if self.devidp and self.devidp.poll() is None:
            self.devidp.terminate()
            try:
                self.devidp.wait(10)
            except subprocess.TimeoutExpired:
                self.devidp.kill()
                self.devidp.wait()
        self.devidp = None

    # ---- configuration and admin ---------------------------------------------
    def write_config(self):
        cfg = {
            "listen": self.fcgi_socket,
            "workers": str(self.workers),
            "template_dir": self.tmpl_dir,
            "sql_dir": os.path.join(SRCDIR, "sql"),
            "public_base_url": "http://127.0.0.1:%d" % self.citizen_port,
            # Browsers accept Secure cookies from http://127.0.0.1 (a trustworthy origin) and
            # refuse __Host- cookies without it, so even the plain-http stack sets Secure.
            "cookie_secure": "true",
            "db_socket": self.db_socket,
            "db_password_file": "secrets/db_web_password",
            "db_admin_password_file": "secrets/db_migrate_password",
            "db_purge_password_file": "secrets/db_purge_password",
            "idporten_issuer": self.issuer,
            "idporten_client_id": "minside",
            "idporten_client_auth": "private_key_jwt",
            "idporten_client_key_file": self.client_key,
            "idporten_client_key_id": "minside-client-1",
            "idporten_client_secret_file": "secrets/idporten_client_secret",
            "idporten_redirect_uri": "http://127.0.0.1:%d/logg-inn/callback" % self.citizen_port,
            "idporten_post_logout_redirect_uri": "http://127.0.0.1:%d/logget-ut" % self.citizen_port,
            "pid_hmac_key_file": "secrets/pid_hmac_key",
            "test_clock_file": self.clock_file,
            "file_store_dir": self.file_store,
        }
        cfg.update(self.config_extra)
        with open(self.config_path, "w") as f:
            f.write("# written by test/harness/stack.py\n")
            for k, v in cfg.items():
                f.write("%s = %s\n" % (k, v))

    def admin(self, *args, check=True):
        return subprocess.run([os.path.join(self.build, "minside-admin"), "--config", self.config_path] + list(args),
                              check=check, capture_output=True, text=True)

    # ---- minside-fcgi ----------------------------------------------------------
    def start_fcgi(self):
        log = open(self.fcgi_log, "a")
        self.fcgi = subprocess.Popen([os.path.join(self.build, "minside-fcgi"), "--config", self.config_path],
                                     stdout=log, stderr=log)
        wait_for(lambda: os.path.exists(self.fcgi_socket) and len(self.worker_pids()) >= self.workers,
                 20, "minside-fcgi workers")

    def stop_fcgi(self, timeout=40):
        if self.fcgi and self.fcgi.poll() is None:
            self.fcgi.terminate()
            try:
                self.fcgi.wait(timeout)
            except subprocess.TimeoutExpired:
                self.fcgi.kill()
                self.fcgi.wait()
        self.fcgi = None

    def worker_pids(self):
        if not self.fcgi:
            return []
        try:
            with open("/proc/%d/task/%d/children" % (self.fcgi.pid, self.fcgi.pid)) as f:
                return [int(p) for p in f.read().split()]
        except OSError:
            return []

    def reload_fcgi(self):
        self.fcgi.send_signal(signal.SIGHUP)

    def log_text(self):
        with open(self.fcgi_log, errors="replace") as f:
            return f.read()

    # ---- nginx -----------------------------------------------------------------
    def render_nginx(self):
        common = open(os.path.join(SRCDIR, "nginx", "minside-common.conf.in")).read()
        common = common.replace("@PKGDATADIR@/www/", os.path.join(SRCDIR, "www") + "/")
        common = common.replace("include fastcgi_params;", "include /etc/nginx/fastcgi_params;")
        common = common.replace("@FILESTORE@", self.file_store)
        conf = open(os.path.join(SRCDIR, "nginx", "dev.conf.in")).read()
        for key, value in {
            "@COMMON@": common, "@RUNDIR@": self.run, "@SRCDIR@": SRCDIR, "@SOCKET@": self.fcgi_socket,
            "@CITIZEN_PORT@": str(self.citizen_port), "@INTERNAL_PORT@": str(self.internal_port),
            "@STATIC_PORT@": str(self.static_port), "@IDP_PORT@": str(self.idp_port),
            "@IDP_SOCKET@": self.idp_socket, "@WWWDIR@": os.path.join(SRCDIR, "www"),
            "@USER_DIRECTIVE@": "user root;" if os.geteuid() == 0 else "",
        }.items():
            conf = conf.replace(key, value)
        path = os.path.join(self.workdir, "nginx.conf")
        with open(path, "w") as f:
            f.write(conf)
        return path

    def start_nginx(self):
        conf = self.render_nginx()
        nginx = find_binary("nginx")
        subprocess.run([nginx, "-t", "-q", "-p", self.workdir, "-c", conf, "-e", os.path.join(self.run, "nginx-error.log")],
                       check=True)
        self.nginx = subprocess.Popen([nginx, "-p", self.workdir, "-c", conf, "-e", os.path.join(self.run, "nginx-error.log")])
        wait_for(lambda: socket.create_connection(("127.0.0.1", self.citizen_port), 0.2).close() is None,
                 10, "nginx")

    def stop_nginx(self):
        if self.nginx and self.nginx.poll() is None:
            self.nginx.send_signal(signal.SIGQUIT)
            try:
                self.nginx.wait(10)
            except subprocess.TimeoutExpired:
                self.nginx.kill()
                self.nginx.wait()
        self.nginx = None

    # ---- HTTP ------------------------------------------------------------------
    def request(self, method, path, headers=None, body=None, internal=False, timeout=30):
        port = self.internal_port if internal else self.citizen_port
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            resp = conn.getresponse()
            data = resp.read()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data.decode("utf-8", "replace"), resp
        finally:
            conn.close()

    def get(self, path, headers=None, internal=False, timeout=30):
        status, hdrs, body, resp = self.request("GET", path, headers=headers, internal=internal, timeout=timeout)
        return status, hdrs, body

    def urls(self):
        return ("http://127.0.0.1:%d/" % self.citizen_port, "http://127.0.0.1:%d/" % self.internal_port)
