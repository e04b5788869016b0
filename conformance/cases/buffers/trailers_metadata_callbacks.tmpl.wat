;; buffers/trailers_metadata_callbacks: the trailers and metadata callbacks
;; of both directions.  Each logs the first trailers_count / elements_count
;; digits of "0123456789" (so the log shows the count) and returns:
;; on_request_trailers stop_iteration, on_response_trailers continue, both
;; metadata callbacks continue (their only status).
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "0123456789")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $count (param $n i32)
    (drop (call $log (i32.const 2) (i32.const 16) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_metadata") (param i32 i32) (result i32)
    (call $count (local.get 1))
    (i32.const 0))
  (func (export "proxy_on_request_trailers") (param i32 i32) (result i32)
    (call $count (local.get 1))
    (i32.const 1))
  (func (export "proxy_on_response_metadata") (param i32 i32) (result i32)
    (call $count (local.get 1))
    (i32.const 0))
  (func (export "proxy_on_response_trailers") (param i32 i32) (result i32)
    (call $count (local.get 1))
    (i32.const 0)))
