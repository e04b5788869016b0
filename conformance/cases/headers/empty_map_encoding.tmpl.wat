;; headers/empty_map_encoding: proxy_get_header_map_pairs of an empty map
;; (request headers delivered with no entries) and of a map that does not
;; exist yet (response headers, in on_request_headers): both read as the
;; empty map, encoded as pointer 0 and length 0 (nothing allocated).
(module
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    ;; poison the out-slots so that "0, 0" is really written
    (i32.store (i32.const 512) (i32.const 0x55555555))
    (i32.store (i32.const 516) (i32.const 0x55555555))
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 512) (i32.const 516)))
    (i32.store (i32.const 520) (i32.const 0x55555555))
    (i32.store (i32.const 524) (i32.const 0x55555555))
    (drop (call $pairs (i32.const {{map response_headers}}) (i32.const 520) (i32.const 524)))
    (i32.const 0)))
