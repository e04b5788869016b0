;; _initialize logs, then calls proxy_get_property, which the host refuses
;; during start-up: the call traps, the module never starts, main is not
;; called.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_property"
    (func $prop (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "init")
  (data (i32.const 32) "plugin_name")
  {{marker}}
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))
  (func (export "_initialize")
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 4)))
    (drop (call $prop (i32.const 32) (i32.const 11) (i32.const 512) (i32.const 516)))
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 4))))
  (func (export "main") (param i32 i32) (result i32) (i32.const 0))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1)))
