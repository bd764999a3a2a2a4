<?php
/**
 * Checks the plugin's request format without WordPress: the shared signature vectors, and
 * (with --emit <secret> <timestamp> <site-url> <preview-secret>) prints a request and a preview
 * link built by the plugin's own functions, for the site's verifier to check
 * (lib/wordpress/webhook/plugin-format.test.ts runs both).
 */

define('ABSPATH', __DIR__);

$GLOBALS['portico_test_hooks'] = [];
function add_action($hook, $callback, $priority = 10, $args = 1) { $GLOBALS['portico_test_hooks'][] = $hook; }
function add_filter($hook, $callback, $priority = 10, $args = 1) { $GLOBALS['portico_test_hooks'][] = $hook; }
function wp_json_encode($data, $flags = 0) { return json_encode($data, $flags); }
function wp_parse_url($url, $component = -1) { return parse_url($url, $component); }
function get_option($name) { return $name === 'page_for_posts' ? 50 : ''; }
function get_permalink($post)
{
    $id = is_object($post) ? $post->ID : $post;
    return $id === 50 ? 'https://cms.example.com/blog/' : 'https://cms.example.com/2025/01/hello/';
}
function get_object_taxonomies($type) { return ['category', 'post_tag']; }
function get_the_terms($post, $taxonomy)
{
    return $taxonomy === 'category' ? [(object) ['slug' => 'news']] : false;
}
function get_term_link($term) { return 'https://cms.example.com/category/' . $term->slug . '/'; }
function is_wp_error($value) { return false; }
function post_type_supports($type, $feature) { return true; }
function get_author_posts_url($id) { return 'https://cms.example.com/author/ada/'; }
function get_post_ancestors($post) { return []; }

class WP_Post
{
    public $ID = 42;
    public $post_type = 'post';
    public $post_status = 'publish';
    public $post_author = 3;
}

require dirname(__DIR__) . '/portico-headless.php';

if (($argv[1] ?? '') === '--emit') {
    [, , $secret, $timestamp, $site_url, $preview_secret] = $argv;
    define('PORTICO_SITE_URL', $site_url);
    define('PORTICO_PREVIEW_SECRET', $preview_secret);
    $payload = portico_post_payload('post.updated', new WP_Post(), '/2025/01/old-slug/');
    $request = portico_build_request($payload, $secret, (int) $timestamp);
    $request['previewLink'] = portico_preview_link('https://cms.example.com/?p=42', new WP_Post());
    echo json_encode($request, JSON_UNESCAPED_SLASHES), "\n";
    exit(0);
}

$vectors = json_decode(file_get_contents(__DIR__ . '/signature-vectors.json'), true)['vectors'];
$failures = 0;
echo '1..', count($vectors), "\n";
foreach ($vectors as $index => $vector) {
    $actual = portico_sign($vector['secret'], $vector['timestamp'], $vector['body']);
    $ok = hash_equals($vector['signature'], $actual);
    $failures += $ok ? 0 : 1;
    echo $ok ? 'ok ' : 'not ok ', $index + 1, ' - ', $vector['name'], $ok ? '' : " (got $actual)", "\n";
}
exit($failures === 0 ? 0 : 1);
