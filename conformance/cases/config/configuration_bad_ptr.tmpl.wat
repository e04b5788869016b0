;; proxy_get_configuration (configuration "cfg") with one bad out-pointer
;; at a time: config and config_len each just past the end of memory,
;; wrapping past 2^32 (0xfffffffe + 4), and with 2 of their 4 bytes past
;; the end.
(module
  (import "env" "proxy_get_configuration" (func $get_configuration (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $bump (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $get_configuration (i32.const 65536) (i32.const 68)))
    (drop (call $get_configuration (i32.const -2) (i32.const 68)))
    (drop (call $get_configuration (i32.const 65534) (i32.const 68)))
    (drop (call $get_configuration (i32.const 64) (i32.const 65536)))
    (drop (call $get_configuration (i32.const 64) (i32.const -2)))
    (drop (call $get_configuration (i32.const 64) (i32.const 65534)))
    (i32.const 1)))
