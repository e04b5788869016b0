;; proxy_call_foreign_function with the name, the arguments, the results
;; pointer or the length pointer outside guest memory.
(module
  (import "env" "proxy_call_foreign_function"
    (func $ff (param i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "pwabi.echo")
  (data (i32.const 80) "abc")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $ff (i32.const 65530) (i32.const 10) (i32.const 80) (i32.const 3)
                    (i32.const 512) (i32.const 516)))
    (drop (call $ff (i32.const 64) (i32.const 10) (i32.const 65535) (i32.const 3)
                    (i32.const 512) (i32.const 516)))
    (drop (call $ff (i32.const 64) (i32.const 10) (i32.const 80) (i32.const 3)
                    (i32.const 65534) (i32.const 516)))
    (drop (call $ff (i32.const 64) (i32.const 10) (i32.const 80) (i32.const 3)
                    (i32.const 512) (i32.const 65536)))
    (i32.const 1)))
