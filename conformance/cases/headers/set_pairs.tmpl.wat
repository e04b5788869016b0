;; headers/set_pairs: proxy_set_header_map_pairs replaces a whole map.  In
;; on_request_headers the request headers get four new entries (a binary
;; value and an empty one among them), read back byte for byte; in
;; on_response_headers a count-0 blob clears the response headers.
(module
  (import "env" "proxy_set_header_map_pairs"
    (func $set (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  ;; {:method: POST, :path: /set, x-bin: 01 ff, x-e: ""}, 74 bytes
  (data (i32.const 16) "\04\00\00\00\07\00\00\00\04\00\00\00\05\00\00\00\04\00\00\00\05\00\00\00\02\00\00\00\03\00\00\00\00\00\00\00:method\00POST\00:path\00/set\00x-bin\00\01\ff\00x-e\00\00")
  ;; count 0, 4 bytes
  (data (i32.const 128) "\00\00\00\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $set (i32.const {{map request_headers}}) (i32.const 16) (i32.const 74)))
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 512) (i32.const 516)))
    (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $set (i32.const {{map response_headers}}) (i32.const 128) (i32.const 4)))
    (i32.const 0)))
