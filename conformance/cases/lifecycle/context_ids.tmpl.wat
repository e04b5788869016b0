;; proxy_on_create logs its two arguments as two digits ('0' + id), so
;; the expectation sees the ids the host hands out: "21" is context 2 of
;; root 1.  (Ids stay below 10 in this case.)
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $root i32)
    (i32.store8 (i32.const 16) (i32.add (i32.const 48) (local.get $ctx)))
    (i32.store8 (i32.const 17) (i32.add (i32.const 48) (local.get $root)))
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 2))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0)))
