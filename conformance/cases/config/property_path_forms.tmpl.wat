;; config/property_path_forms: paths that are not a leaf's NUL-separated
;; name.  on_configure reads: the empty path, a lone NUL, a leading NUL
;; ("\0plugin_name"), two trailing NULs ("plugin_name\0\0"), an empty middle
;; segment ("source\0\0port"), the dotted spelling ("source.port"), a
;; prefix that stops inside a segment ("sourc", "source\0por"), and last
;; the good form with its trailing NUL ("source\0port\0").  An HTTP
;; stream whose request has no :authority and no :scheme reads
;; request.host and request.scheme, then request.method.
(module
  (import "env" "proxy_get_property"
    (func $get_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 64) "\00plugin_name\00\00")  ;; 0..14
  (data (i32.const 128) "source\00\00port")     ;; 12
  (data (i32.const 192) "source.port")          ;; 11
  (data (i32.const 256) "source\00port\00")     ;; 12
  (data (i32.const 320) "request\00host")       ;; 12
  (data (i32.const 384) "request\00scheme")     ;; 14
  (data (i32.const 448) "request\00method")     ;; 14
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $get (param $p i32) (param $n i32)
    (drop (call $get_property (local.get $p) (local.get $n) (i32.const 2048) (i32.const 2052))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $get (i32.const 64) (i32.const 0))     ;; ""
    (call $get (i32.const 64) (i32.const 1))     ;; "\0"
    (call $get (i32.const 64) (i32.const 12))    ;; "\0plugin_name"
    (call $get (i32.const 65) (i32.const 13))    ;; "plugin_name\0\0"
    (call $get (i32.const 128) (i32.const 12))   ;; "source\0\0port"
    (call $get (i32.const 192) (i32.const 11))   ;; "source.port"
    (call $get (i32.const 256) (i32.const 5))    ;; "sourc"
    (call $get (i32.const 256) (i32.const 10))   ;; "source\0por"
    (call $get (i32.const 256) (i32.const 12))   ;; "source\0port\0"
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (call $get (i32.const 320) (i32.const 12))
    (call $get (i32.const 384) (i32.const 14))
    (call $get (i32.const 448) (i32.const 14))
    (i32.const 0)))
