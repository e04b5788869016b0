;; headers/request_headers_modify: in on_request_headers, change the request
;; headers with add (a new key, and a second value for an existing key),
;; replace (a repeated key collapses to one entry; an absent key is added),
;; remove (every entry of a key goes; an absent key is not an error).
(module
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_remove_header_map_value"
    (func $remove (param i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "x-new")       ;; 5
  (data (i32.const 32) "v1")          ;; 2
  (data (i32.const 48) ":path")       ;; 5
  (data (i32.const 64) "/b")          ;; 2
  (data (i32.const 80) "x-dup")       ;; 5
  (data (i32.const 96) "3")           ;; 1
  (data (i32.const 112) "x-rep")      ;; 5
  (data (i32.const 128) "x-gone")     ;; 6
  (data (i32.const 144) "x-absent")   ;; 8
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    ;; replace x-dup: 3 (two entries become one; they end the map)
    (drop (call $replace (i32.const {{map request_headers}}) (i32.const 80) (i32.const 5) (i32.const 96) (i32.const 1)))
    ;; add x-new: v1 (new key, appended)
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5) (i32.const 32) (i32.const 2)))
    ;; add :path: /b (the key now repeats)
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 48) (i32.const 5) (i32.const 64) (i32.const 2)))
    ;; replace x-rep: v1 (absent: added)
    (drop (call $replace (i32.const {{map request_headers}}) (i32.const 112) (i32.const 5) (i32.const 32) (i32.const 2)))
    ;; remove x-gone (both entries)
    (drop (call $remove (i32.const {{map request_headers}}) (i32.const 128) (i32.const 6)))
    ;; remove x-absent (not there)
    (drop (call $remove (i32.const {{map request_headers}}) (i32.const 144) (i32.const 8)))
    (i32.const 0)))
