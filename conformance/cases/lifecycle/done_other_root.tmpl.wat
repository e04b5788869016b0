;; done_other_root: every root's proxy_on_done returns 0 (stays pending);
;; only a root started with a non-empty VM configuration sets a 100 ms
;; tick, and its proxy_on_tick calls proxy_done.
(module
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (import "env" "proxy_done" (func $done (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (if (local.get 1) (then (drop (call $set_tick (i32.const 100)))))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_tick") (param i32)
    (drop (call $done)))
  (func (export "proxy_on_done") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_delete") (param i32)))
