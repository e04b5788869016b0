;; Shared by trap_l4_on_done, trap_l4_on_log and trap_l4_on_delete: the
;; peer type of the connection's downstream close picks which of the end
;; callbacks traps (unknown 0: proxy_on_done, local 1: proxy_on_log,
;; remote 2: proxy_on_delete).  Every callback logs its name, so the case
;; sees which ran before the trap.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "done")
  (data (i32.const 24) "log")
  (data (i32.const 32) "delete")
  (data (i32.const 40) "down")
  (data (i32.const 48) "up")
  (global $pick (mut i32) (i32.const -1))
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func $say (param $p i32) (param $n i32)
    (drop (call $log (i32.const 2) (local.get $p) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_downstream_connection_close") (param i32 i32)
    (global.set $pick (local.get 1))
    (call $say (i32.const 40) (i32.const 4)))
  (func (export "proxy_on_upstream_connection_close") (param i32 i32)
    (call $say (i32.const 48) (i32.const 2)))
  (func (export "proxy_on_done") (param i32) (result i32)
    (call $say (i32.const 16) (i32.const 4))
    (if (i32.eq (global.get $pick) (i32.const 0)) (then unreachable))
    (i32.const 1))
  (func (export "proxy_on_log") (param i32)
    (call $say (i32.const 24) (i32.const 3))
    (if (i32.eq (global.get $pick) (i32.const 1)) (then unreachable)))
  (func (export "proxy_on_delete") (param i32)
    (call $say (i32.const 32) (i32.const 6))
    (if (i32.eq (global.get $pick) (i32.const 2)) (then unreachable))))
