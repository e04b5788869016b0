;; proxy_on_start, proxy_validate_configuration and proxy_on_configure
;; each read their configuration with proxy_get_configuration and return
;; its length (non-zero, so they succeed).
(module
  (import "env" "proxy_get_configuration" (func $get_configuration (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $bump (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $get_configuration (i32.const 64) (i32.const 68)))
    (local.get 1))
  (func (export "proxy_validate_configuration") (param i32 i32) (result i32)
    (drop (call $get_configuration (i32.const 64) (i32.const 68)))
    (local.get 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $get_configuration (i32.const 64) (i32.const 68)))
    (local.get 1)))
