;; A stream's proxy_on_done asks to close the stream it is ending
;; (proxy_close_stream of the request side, stream_type 0, then of the
;; response side, 1); the
;; stream ends once.  proxy_on_log is not exported, so the end is on_done
;; then on_delete whatever order the host uses for log.
(module
  (import "env" "proxy_close_stream" (func $close (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (i32.const 0))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_done") (param $ctx i32) (result i32)
    (if (i32.ne (local.get $ctx) (i32.const 1))
      (then
        (drop (call $close (i32.const 0)))
        (drop (call $close (i32.const 1)))))
    (i32.const 1))
  (func (export "proxy_on_delete") (param i32)))
