<?php
// The peer for `bench/run.py --case-page`: a plain PHP-FPM page that does the same work as the
// portal's case page (src/portal/case_pages.cc case_page()) through PDO, so the two can be
// compared in one run. Not part of the portal; never deployed. See bench/README.md.
//
// Per request, like the portal: the session by SHA-256 of the __Host-session cookie (expiry
// and idle checks, touch every 60 s), the person's block, the person, the consent, the case
// with the person's role on it (case_role JOIN kase), the comment requests, the timeline
// (case_event), the published documents (with the person's first opening), the submissions
// and their files; an HTML page with every value through htmlspecialchars; then, in one
// transaction, the case_view upsert and the audit row (action case.read).
//
// Configuration from the php-fpm pool (bench/peer/peer.py writes it): MINSIDE_DB_SOCKET,
// MINSIDE_DB_USER, MINSIDE_DB_PASSWORD, MINSIDE_PEER_MESSAGES (the bokmål catalog
// tmpl/i18n/nb.json as a PHP array file, so opcache keeps it in memory like the portal does).
declare(strict_types=1);

const SESSION_COOKIE = '__Host-session';
const IDLE_SECONDS = 30 * 60;
const TOUCH_EVERY = 60;
const UTC_FMT = "'%Y-%m-%d %H:%i:%s'";

function h($s): string
{
    return htmlspecialchars((string)$s, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8');
}

function finish(int $status, string $location = ''): void
{
    http_response_code($status);
    if ($location !== '') header('Location: ' . $location);
    exit;
}

function oslo(string $utc, bool $deadline = false): string
{
    static $utc_zone = null, $oslo_zone = null;
    if ($utc === '') return '';
    $utc_zone ??= new DateTimeZone('UTC');
    $oslo_zone ??= new DateTimeZone('Europe/Oslo');
    $t = (new DateTimeImmutable($utc, $utc_zone))->setTimezone($oslo_zone);
    return $t->format($deadline ? 'd.m.Y \k\l. H:i' : 'd.m.Y H:i');
}

function human_size(int $bytes): string
{
    $s = $bytes < 1000000 ? intdiv($bytes + 999, 1000) . ' kB' : sprintf('%.1f MB', $bytes / 1e6);
    return str_replace('.', ',', $s);  // bokmål
}

function audit(PDO $db, int $person_id, string $action, string $object): void
{
    $ref = 'person:' . $person_id;
    $db->prepare('INSERT INTO audit (at, actor, subject, action, object, ip, request_id) '
                 . 'VALUES (UTC_TIMESTAMP(6), ?, ?, ?, ?, ?, ?)')
       ->execute([$ref, $ref, $action, $object, $_SERVER['REMOTE_ADDR'] ?? null,
                  ($_SERVER['REQUEST_ID'] ?? '') !== '' ? $_SERVER['REQUEST_ID'] : null]);
}

$m = require getenv('MINSIDE_PEER_MESSAGES');
$msg = static fn(string $key, string $fallback) => $m[$key] ?? $fallback;

$path = parse_url($_SERVER['REQUEST_URI'] ?? '', PHP_URL_PATH);
if (!is_string($path) || !preg_match('#^/saker/([0-9]{1,18})$#', $path, $mm)) finish(404);
$case_id = (int)$mm[1];

$token = $_COOKIE[SESSION_COOKIE] ?? '';
if (strlen($token) !== 43) finish(303, '/logg-inn');

$db = new PDO('mysql:unix_socket=' . getenv('MINSIDE_DB_SOCKET') . ';dbname=minside;charset=utf8mb4',
              getenv('MINSIDE_DB_USER'), getenv('MINSIDE_DB_PASSWORD'),
              [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, PDO::ATTR_PERSISTENT => true,
               PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_NUM]);

function one(PDO $db, string $sql, array $args)
{
    $st = $db->prepare($sql);
    $st->execute($args);
    return $st->fetch();
}

function all(PDO $db, string $sql, array $args): array
{
    $st = $db->prepare($sql);
    $st->execute($args);
    return $st->fetchAll();
}

// ---- session (src/auth/session.cc current_session) ----
$s = one($db, 'SELECT id, person_id, idp_sid, id_token, csrf_token, created_at, last_seen_at, expires_at '
              . 'FROM session WHERE token_hash = ?', [hash('sha256', $token)]);
if (!$s) finish(303, '/logg-inn');
[$sid, $person_id, , , $csrf, , $last_seen, $expires] = $s;
$sid = (int)$sid;
$person_id = (int)$person_id;
$now = time();
$ended = $now >= (int)$expires ? 'session.timeout.absolute'
       : ($now - (int)$last_seen >= IDLE_SECONDS ? 'session.timeout.idle' : null);
if ($ended !== null) {
    $db->prepare('DELETE FROM session WHERE id = ?')->execute([$sid]);
    audit($db, $person_id, $ended, 'session:' . $sid);
    finish(303, '/logg-inn');
}
if ($now - (int)$last_seen >= TOUCH_EVERY)
    $db->prepare('UPDATE session SET last_seen_at = ? WHERE id = ?')->execute([$now, $sid]);

// ---- the citizen (src/portal/access.cc require_citizen) ----
if (one($db, 'SELECT reason FROM person_block WHERE person_id = ? AND lifted_at IS NULL LIMIT 1', [$person_id]))
    finish(303, '/sperret');
$person = one($db, 'SELECT id, name, kind, email FROM person WHERE id = ?', [$person_id]);
if (!$person) finish(403);
$consent = one($db, "SELECT given, text_version, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s') FROM consent "
                    . 'WHERE person_id = ? ORDER BY id DESC LIMIT 1', [$person_id]);
if (!$consent || (string)$consent[0] !== '1') finish(303, '/samtykke');

// ---- the case, if this person has a role on it (src/db/case_repo.cc) ----
$k = one($db, 'SELECT k.id, k.case_no, k.status, COALESCE(k.next_step, \'\'), r.role, '
              . ' (SELECT p.name FROM case_role pr JOIN person p ON p.id = pr.person_id WHERE pr.case_id = k.id AND pr.role = \'party\' LIMIT 1), '
              . ' (SELECT DATE_FORMAT(v.last_opened_at, ' . UTC_FMT . ') FROM case_view v WHERE v.case_id = k.id AND v.person_id = r.person_id) '
              . 'FROM kase k JOIN case_role r ON r.case_id = k.id WHERE k.id = ? AND r.person_id = ? AND k.pilot = 1',
          [$case_id, $person_id]);
if (!$k) finish(404);
[$kid, $case_no, $status, $next_step, $role, $party_name, $last_opened] = $k;
$kid = (int)$kid;
$last_opened = (string)$last_opened;

$requests = all($db, 'SELECT c.id, c.document_id, d.title, DATE_FORMAT(c.deadline, ' . UTC_FMT . ') '
                     . 'FROM comment_request c JOIN document d ON d.id = c.document_id '
                     . 'WHERE c.case_id = ? AND d.visibility = \'published\' ORDER BY c.deadline', [$kid]);
$events = all($db, 'SELECT kind, DATE_FORMAT(occurred_at, ' . UTC_FMT . '), COALESCE(document_id, 0) '
                   . 'FROM case_event WHERE case_id = ? ORDER BY occurred_at, id', [$kid]);
$documents = all($db, 'SELECT d.id, d.title, d.kind, DATE_FORMAT(d.published_at, ' . UTC_FMT . '), d.filename, d.content_type, d.sha256, d.size, '
                      . ' COALESCE((SELECT DATE_FORMAT(v.first_opened_at, ' . UTC_FMT . ') FROM document_view v WHERE v.document_id = d.id AND v.person_id = ?), \'\') '
                      . 'FROM document d WHERE d.case_id = ? AND d.visibility = \'published\' ORDER BY d.published_at DESC, d.id DESC',
                  [$person_id, $kid]);
$submissions = all($db, 'SELECT id, case_id, person_id, COALESCE(comment_request_id, 0), kind, receipt_no, COALESCE(description, \'\'), '
                        . "DATE_FORMAT(received_at, '%Y-%m-%d %H:%i:%s'), COALESCE(ip, '') FROM submission "
                        . 'WHERE case_id = ? ORDER BY received_at DESC, id DESC', [$kid]);
foreach ($submissions as $i => $sub)
    $submissions[$i]['files'] = all($db, 'SELECT filename, content_type, sha256, size FROM submission_file '
                                         . 'WHERE submission_id = ? ORDER BY id', [$sub[0]]);

// ---- the page (tmpl/layout.tpl + tmpl/pages/case.tpl, bokmål) ----
$base = '/saker/' . $kid;
$back = rawurlencode($path);
ob_start();
?>
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?= h($m['case_title']) ?> – <?= h($m['site_name']) ?></title>
<link rel="stylesheet" href="/static/css/minside.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#main"><?= h($m['skip_to_content']) ?></a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/"><?= h($m['site_name']) ?></a>
    <span class="agency"><?= h($m['agency_name']) ?></span>
    <form class="logout" method="post" action="/logg-ut"><input type="hidden" name="csrf" value="<?= h($csrf) ?>"><button type="submit"><?= h($m['logout_button']) ?></button></form>
    <nav class="language" aria-label="<?= h($m['language_nav_label']) ?>">
      <ul><?php foreach (['nn', 'en'] as $code): ?><li><a href="<?= h('/sprak?lang=' . $code . '&tilbake=' . $back) ?>" hreflang="<?= h($code) ?>" lang="<?= h($code) ?>"><?= h($m['language_name_' . $code]) ?></a></li><?php endforeach ?></ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap">
<p><a href="/saker"><?= h($m['case_back']) ?></a></p>
<h1><?= h($m['cases_case_no']) ?> <?= h($case_no) ?></h1>
<?php if ($role === 'lawyer'): ?><p><?= h($m['cases_client']) ?> <?= h($party_name) ?></p>
<?php endif ?>
<p class="lead"><?= h($msg('case_status_' . $status, $status)) ?></p>
<?php if ($next_step !== ''): ?><p><strong><?= h($m['case_next_label']) ?></strong> <?= h($msg('next_' . $next_step, $next_step)) ?></p>
<?php endif ?>
<?php foreach ($requests as [$rid, , $rtitle, $rdeadline]): ?>
<section class="notice">
  <h2><?= h($m['comment_request_heading']) ?></h2>
  <p><?= h($rtitle) ?> · <?= h($m['comment_deadline_label']) ?> <?= h(oslo($rdeadline, true)) ?></p>
  <?php if ($now <= (new DateTimeImmutable($rdeadline, new DateTimeZone('UTC')))->getTimestamp()): ?><p><a class="button" href="<?= h($base . '/kommentar/' . $rid) ?>"><?= h($m['comment_button']) ?></a></p>
  <?php else: ?><p><?= h($m['comment_closed_text']) ?></p><?php endif ?>

</section>
<?php endforeach ?>
<h2><?= h($m['case_documents_heading']) ?></h2>
<ul class="documents">
<?php foreach ($documents as $d): ?><li><a href="<?= h($base . '/dokumenter/' . $d[0]) ?>"><?= h($d[1]) ?></a> <?php if ($d[8] === ''): ?><span class="new"><?= h($m['case_new']) ?></span><?php endif ?><br><span class="small"><?= h($msg('document_kind_' . $d[2], $d[2])) ?> · <?= h(oslo((string)$d[3])) ?> · <?= h(human_size((int)$d[7])) ?></span></li><?php endforeach ?>

</ul>
<p><a class="button" href="<?= h($base . '/send') ?>"><?= h($m['upload_title']) ?></a></p>
<h2><?= h($m['case_timeline_heading']) ?></h2>
<ol class="timeline">
<?php foreach ($events as [$kind, $at]): ?><li><?= h(oslo($at)) ?>: <?= h($msg('timeline_' . $kind, $kind)) ?> <?php if ($last_opened === '' || $at > $last_opened): ?><span class="new"><?= h($m['case_new']) ?></span><?php endif ?></li><?php endforeach ?>

</ol>
<h2><?= h($m['case_sent_heading']) ?></h2>
<ul>
<?php foreach ($submissions as $sub): ?><li><a href="<?= h($base . '/kvittering/' . $sub[5]) ?>"><?= h($m['receipt_label']) ?> <?= h($sub[5]) ?></a> · <?= h($m[$sub[4] === 'comment' ? 'submission_kind_comment' : 'submission_kind_upload']) ?> · <?= h(oslo($sub[7])) ?></li><?php endforeach ?>

</ul>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p><?= h($m['agency_name']) ?> · <?= h($m['footer_address']) ?></p>
    <ul>
      <li><a href="/personvern"><?= h($m['privacy_title']) ?></a></li>
      <li><a href="/tilgjengelighet"><?= h($m['accessibility_title']) ?></a></li>
    </ul>
  </div>
</footer>
</body>
</html>
<?php
$page = ob_get_clean();

// ---- the view is recorded (non-repudiation), as the portal does ----
$db->beginTransaction();
$db->prepare('INSERT INTO case_view (case_id, person_id, first_opened_at, last_opened_at) '
             . 'VALUES (?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)) '
             . 'ON DUPLICATE KEY UPDATE last_opened_at = VALUES(last_opened_at)')
   ->execute([$kid, $person_id]);
audit($db, $person_id, 'case.read', 'case:' . $kid);
$db->commit();

header('Content-Type: text/html; charset=utf-8');
header("Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       . "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
header('Strict-Transport-Security: max-age=63072000; includeSubDomains');
header('X-Content-Type-Options: nosniff');
header('X-Frame-Options: DENY');
header('Referrer-Policy: no-referrer');
header('Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()');
header('Cross-Origin-Opener-Policy: same-origin');
header('Cache-Control: no-store');
echo $page;
