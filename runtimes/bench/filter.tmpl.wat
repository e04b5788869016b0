;; The HTTP lifecycle benchmark filter, one template for every version
;; (conformance/FORMAT.md, Templates; make renders filter@<version>.wasm):
;; on request headers it reads `:path`, adds `x-bench: 1` and replaces
;; `:authority`; every other callback is the cheapest valid answer.
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 2)
  (global $heap (mut i32) (i32.const 65536))
  (data (i32.const 16) ":path")
  (data (i32.const 32) "x-bench")
  (data (i32.const 48) "1")
  (data (i32.const 64) ":authority")
  (data (i32.const 80) "bench.example")
  ;; a bump allocator that starts over below 128 KiB: the filter frees
  ;; nothing and the benchmark runs millions of requests
  (func (export "{{allocator}}") (param $n i32) (result i32) (local $p i32)
    (if (i32.gt_u (i32.add (global.get $heap) (local.get $n))
                  (i32.const 131072))
      (then (global.set $heap (i32.const 65536))))
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (global.get $heap) (local.get $n)))
    (local.get $p))
  {{marker}}
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}}
    (result i32)
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5)
      (i32.const 96) (i32.const 100)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 32) (i32.const 7)
      (i32.const 48) (i32.const 1)))
    (drop (call $replace (i32.const {{map request_headers}}) (i32.const 64) (i32.const 10)
      (i32.const 80) (i32.const 13)))
    (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}}
    (result i32)
    (i32.const 0))
  (func (export "proxy_on_done") (param i32) (result i32) (i32.const 1))
  (func (export "proxy_on_log") (param i32))
  (func (export "proxy_on_delete") (param i32)))
