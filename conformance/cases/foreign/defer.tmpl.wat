;; on_configure calls pwabi.defer with "xyz"; after on_configure the host
;; calls proxy_on_foreign_function(root, 0, 3), which reads buffer 8.
(module
  (import "env" "proxy_call_foreign_function"
    (func $ff (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "pwabi.defer")
  (data (i32.const 80) "xyz")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $ff (i32.const 64) (i32.const 11) (i32.const 80) (i32.const 3)
                    (i32.const 512) (i32.const 516)))
    (i32.const 1))
  (func (export "proxy_on_foreign_function") (param i32 i32) (param $len i32)
    (drop (call $get (i32.const {{buffer foreign_function_arguments}}) (i32.const 0)
                     (local.get $len) (i32.const 520) (i32.const 524)))))
