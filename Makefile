# minside: the two commands a person needs.
#   make run    install what is missing, build, start the portal locally with demo data
#   make check  install what is missing, build, run every test
# The real build is autotools, out of tree in $(BUILD); this file only drives it.

BUILD   ?= build
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
PYTHON  ?= python3

DEB_PACKAGES = build-essential autoconf automake pkg-config \
	libfcgi-dev libcgicc-dev libctemplate-dev libmariadb-dev \
	libcurl4-openssl-dev libssl-dev libcppunit-dev nlohmann-json3-dev libsystemd-dev \
	mariadb-server mariadb-client nginx-light python3 curl ca-certificates openssl \
	nodejs npm chromium
BENCH_PACKAGES = wrk

.PHONY: all run check bench deps build install clean distclean

all: build

# Installs only the Debian packages that are missing; needs root (or sudo) when some are.
# node and npm count as present when on the PATH (e.g. NodeSource's nodejs, which bundles npm).
deps:
	@missing=$$(for p in $(DEB_PACKAGES) $(EXTRA_PACKAGES); do \
		case $$p in nodejs) command -v node >/dev/null && continue;; npm) command -v npm >/dev/null && continue;; esac; \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing Debian packages:" $$missing; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

configure: configure.ac Makefile.am | deps
	autoreconf -fi

$(BUILD)/Makefile: configure
	mkdir -p $(BUILD) && cd $(BUILD) && ../configure --prefix=/usr/local --sysconfdir=/etc --localstatedir=/var

build: deps $(BUILD)/Makefile
	$(MAKE) -C $(BUILD) -j$(JOBS)

run: build
	$(PYTHON) test/harness/devstack.py --build $(BUILD)

check: build
	$(MAKE) -C $(BUILD) -j$(JOBS) check-programs
	$(PYTHON) test/run_all.py --build $(BUILD)

bench:
	$(MAKE) deps EXTRA_PACKAGES="$(BENCH_PACKAGES)"
	$(MAKE) build
	$(PYTHON) bench/run.py --build $(BUILD)

install: build
	$(MAKE) -C $(BUILD) install

clean:
	rm -rf $(BUILD)

distclean: clean
	rm -rf configure aclocal.m4 autom4te.cache config.h.in config.h.in~ build-aux Makefile.in
