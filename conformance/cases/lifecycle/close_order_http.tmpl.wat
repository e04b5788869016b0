;; Every end-of-stream callback logs its name; proxy_on_done returns 0,
;; which a stream context cannot use to stay alive.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "done")
  (data (i32.const 32) "log")
  (data (i32.const 48) "delete")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_done") (param i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 4)))
    (i32.const 0))
  (func (export "proxy_on_log") (param i32)
    (drop (call $log (i32.const 2) (i32.const 32) (i32.const 3))))
  (func (export "proxy_on_delete") (param i32)
    (drop (call $log (i32.const 2) (i32.const 48) (i32.const 6)))))
