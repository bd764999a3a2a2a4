<?php
/**
 * Plugin Name: Portico headless
 * Description: Tells the Portico site what changed (signed webhooks to /api/revalidate/) and
 *              sends WordPress's preview links to the site's /api/preview/.
 * Version:     1.0.0
 *
 * A must-use plugin: copy this file to wp-content/mu-plugins/ and define in wp-config.php
 *   PORTICO_SITE_URL           the site's public URL, e.g. https://www.example.com
 *   PORTICO_REVALIDATE_SECRET  the site's REVALIDATE_SECRET (at least 32 characters)
 *   PORTICO_PREVIEW_SECRET     the site's PREVIEW_SECRET
 * The webhook format is defined once in the site's lib/wordpress/webhook/ and held to this
 * file by the shared vectors in wordpress/tests/signature-vectors.json.
 */

if (!defined('ABSPATH')) {
    exit;
}

/** The signature header value: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">. */
function portico_sign(string $secret, int $timestamp, string $body): string
{
    return 'sha256=' . hash_hmac('sha256', $timestamp . '.' . $body, $secret);
}

/** A unique event id; the site refuses an id it has seen within five minutes. */
function portico_event_id(): string
{
    return 'evt-' . bin2hex(random_bytes(16));
}

/** A URL of this WordPress as a site path (/2025/01/hello/), or null for another host. */
function portico_relative_uri($url)
{
    if (!is_string($url) || $url === '') {
        return null;
    }
    $path = wp_parse_url($url, PHP_URL_PATH);
    $query = wp_parse_url($url, PHP_URL_QUERY);
    if (!is_string($path) || $path === '') {
        $path = '/';
    }
    return $query ? $path . '?' . $query : $path;
}

/** The JSON body and headers of a signed webhook request. */
function portico_build_request(array $payload, string $secret, int $timestamp): array
{
    $body = wp_json_encode($payload, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    return [
        'body' => $body,
        'headers' => [
            'Content-Type' => 'application/json',
            'X-Portico-Timestamp' => (string) $timestamp,
            'X-Portico-Signature' => portico_sign($secret, $timestamp, $body),
        ],
    ];
}

/** Sends an event to the site without making the editor wait for the answer. */
function portico_send(array $payload): void
{
    if (!defined('PORTICO_SITE_URL') || !defined('PORTICO_REVALIDATE_SECRET')) {
        return;
    }
    $request = portico_build_request($payload, PORTICO_REVALIDATE_SECRET, time());
    wp_remote_post(rtrim(PORTICO_SITE_URL, '/') . '/api/revalidate/', [
        'body' => $request['body'],
        'headers' => $request['headers'],
        'timeout' => 3,
        'blocking' => false,
        'redirection' => 0,
    ]);
}

/** The archives that list a post: its terms, its author, the posts page, parent pages. */
function portico_archive_uris(WP_Post $post): array
{
    $uris = [];
    foreach (get_object_taxonomies($post->post_type) as $taxonomy) {
        $terms = get_the_terms($post, $taxonomy);
        if (is_array($terms)) {
            foreach ($terms as $term) {
                $link = get_term_link($term);
                if (!is_wp_error($link)) {
                    $uris[] = portico_relative_uri($link);
                }
            }
        }
    }
    if (post_type_supports($post->post_type, 'author')) {
        $uris[] = portico_relative_uri(get_author_posts_url((int) $post->post_author));
    }
    $posts_page = (int) get_option('page_for_posts');
    if ($post->post_type === 'post' && $posts_page) {
        $uris[] = portico_relative_uri(get_permalink($posts_page));
    }
    foreach (get_post_ancestors($post) as $ancestor) {
        $uris[] = portico_relative_uri(get_permalink($ancestor));
    }
    return array_values(array_unique(array_filter($uris)));
}

/** The URI a post has while published, else null (drafts have no public URI). */
function portico_public_uri(WP_Post $post)
{
    return $post->post_status === 'publish' ? portico_relative_uri(get_permalink($post)) : null;
}

/** The payload of a post event. */
function portico_post_payload(string $event, WP_Post $post, $previous_uri = null): array
{
    return [
        'id' => portico_event_id(),
        'event' => $event,
        'post' => [
            'databaseId' => (int) $post->ID,
            'type' => $post->post_type,
            'uri' => portico_public_uri($post),
            'previousUri' => $previous_uri,
            'archiveUris' => portico_archive_uris($post),
        ],
    ];
}

/** Whether a post type is shown on the site (public, not a revision or menu item). */
function portico_is_tracked(WP_Post $post): bool
{
    if (wp_is_post_revision($post) || wp_is_post_autosave($post)) {
        return false;
    }
    $type = get_post_type_object($post->post_type);
    return $type && $type->public && $post->post_type !== 'nav_menu_item';
}

/** The event a save means, judged by the status before and after; null when none. */
function portico_save_event(string $old_status, string $new_status)
{
    if ($new_status === 'publish') {
        return $old_status === 'publish' ? 'post.updated' : 'post.published';
    }
    if ($old_status !== 'publish') {
        return null;
    }
    return $new_status === 'trash' ? 'post.trashed' : 'post.unpublished';
}

/** Runs after a save, once terms and meta are stored too (the block editor saves them late). */
function portico_on_saved($post_id, $post, $update, $post_before): void
{
    if (!$post instanceof WP_Post || !portico_is_tracked($post)) {
        return;
    }
    $old_status = $post_before instanceof WP_Post ? $post_before->post_status : 'new';
    $event = portico_save_event($old_status, $post->post_status);
    if ($event === null) {
        return;
    }
    $previous = $old_status === 'publish' ? portico_relative_uri(get_permalink($post_before)) : null;
    portico_send(portico_post_payload($event, $post, $previous));
}

function portico_on_delete($post_id, $post = null): void
{
    $post = $post instanceof WP_Post ? $post : get_post($post_id);
    if ($post instanceof WP_Post && portico_is_tracked($post) && $post->post_status === 'publish') {
        $previous = portico_relative_uri(get_permalink($post));
        portico_send(portico_post_payload('post.deleted', $post, $previous));
    }
}

function portico_on_site_change(string $event): void
{
    portico_send(['id' => portico_event_id(), 'event' => $event]);
}

/** Sends WordPress's preview button to the site's /api/preview/ with the preview secret. */
function portico_preview_link($link, $post)
{
    if (!defined('PORTICO_SITE_URL') || !defined('PORTICO_PREVIEW_SECRET') || !$post) {
        return $link;
    }
    $query = http_build_query(['secret' => PORTICO_PREVIEW_SECRET, 'id' => $post->ID]);
    return rtrim(PORTICO_SITE_URL, '/') . '/api/preview/?' . $query;
}

add_action('wp_after_insert_post', 'portico_on_saved', 10, 4);
add_action('before_delete_post', 'portico_on_delete', 10, 2);
add_action('wp_update_nav_menu', function () {
    portico_on_site_change('menu.updated');
});
add_action('wp_delete_nav_menu', function () {
    portico_on_site_change('menu.updated');
});
$portico_site_options = [
    'blogname',
    'blogdescription',
    'show_on_front',
    'page_on_front',
    'page_for_posts',
    'permalink_structure',
];
foreach ($portico_site_options as $portico_option) {
    add_action('update_option_' . $portico_option, function () {
        portico_on_site_change('settings.updated');
    });
}
add_filter('preview_post_link', 'portico_preview_link', 10, 2);
